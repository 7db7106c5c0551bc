import { FluentProvider, Spinner, Tab, TabList, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, DashboardApi, type Me } from './api.ts';
import { TextsProvider, translator } from './i18n.tsx';
import { languageOf } from './texts.ts';
import { allowChannelTabSave, joinTeams, type TeamsSession, type TeamsTheme } from './teams.ts';
import { WeekView } from './views/WeekView.tsx';
import { MissingView } from './views/MissingView.tsx';
import { PlanView } from './views/PlanView.tsx';
import { ReportView } from './views/ReportView.tsx';
import { ErrorNotice } from './views/ErrorNotice.tsx';

// The history views carry Chart.js: loaded when first opened, so the first load stays small.
const DistrictView = lazy(() => import('./views/DistrictView.tsx'));
const FocusAreaView = lazy(() => import('./views/FocusAreaView.tsx'));

const THEMES: Record<TeamsTheme, Theme> = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };
type View = 'week' | 'district' | 'focus' | 'missing' | 'plan' | 'report';

/** Teams opens the channel tab's configuration page at `?view=config` (see the manifest's configurableTabs). */
const CONFIGURING = new URLSearchParams(window.location.search).get('view') === 'config';

type Phase = { kind: 'joining' } | { kind: 'outside' } | { kind: 'failed'; reason: string } | { kind: 'ready'; session: TeamsSession; me: Me; api: DashboardApi };

export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'joining' });
  const [theme, setTheme] = useState<TeamsTheme>('default');
  const [locale, setLocale] = useState<string>(navigator.language);
  const [view, setView] = useState<View>('week');
  const [week, setWeek] = useState<string | undefined>();
  const [districtId, setDistrictId] = useState<string | undefined>();
  const [focusAreaId, setFocusAreaId] = useState<string | undefined>();

  const start = useCallback(async () => {
    setPhase({ kind: 'joining' });
    let session: TeamsSession;
    try {
      session = await joinTeams();
    } catch {
      setPhase({ kind: 'outside' });
      return;
    }
    setTheme(session.theme);
    setLocale(session.locale);
    session.onThemeChange(setTheme);
    if (CONFIGURING) allowChannelTabSave(translator(languageOf(session.locale)).t('appTitle'));
    const api = new DashboardApi(session.token);
    try {
      const me = await api.me();
      setWeek((current) => current ?? me.reference?.currentWeek);
      setPhase({ kind: 'ready', session, me, api });
    } catch (error) {
      setPhase({ kind: 'failed', reason: error instanceof ApiError ? String(error.status) : error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void start();
  }, [start]);

  const texts = useMemo(() => translator(languageOf(locale)), [locale]);
  const { t } = texts;
  useEffect(() => {
    document.documentElement.lang = texts.language;
    document.documentElement.dataset['theme'] = theme;
    document.title = t('appTitle');
  }, [texts, theme, t]);

  let body;
  if (phase.kind === 'joining') body = <Spinner label={t('signingIn')} />;
  else if (phase.kind === 'outside') body = <p>{t('outsideTeams', { link: '/dev/tab-host' })}</p>;
  else if (phase.kind === 'failed') body = <ErrorNotice text={t('signInFailed', { reason: phase.reason })} onRetry={() => void start()} />;
  else if (CONFIGURING)
    body = (
      <section>
        <h1>{t('configTitle')}</h1>
        <p>{t('configIntro')}</p>
      </section>
    );
  else if (!phase.me.access.read || !phase.me.reference) body = <p role="alert">{t('notOnRoster')}</p>;
  else {
    const { api, me } = phase;
    const reference = me.reference!;
    const shownWeek = week ?? reference.currentWeek;
    const openDistrict = (id: string) => {
      setDistrictId(id);
      setView('district');
    };
    body = (
      <>
        <header className="app-header">
          <h1>{t('appTitle')}</h1>
          <span className="signed-in">{t('signedInAs', { name: me.user.name })}</span>
        </header>
        <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label={t('tabsLabel')} className="views">
          <Tab value="week">{t('tabWeek')}</Tab>
          <Tab value="district">{t('tabDistrict')}</Tab>
          <Tab value="focus">{t('tabFocusArea')}</Tab>
          <Tab value="missing">{t('tabMissing')}</Tab>
          <Tab value="plan">{t('tabPlan')}</Tab>
          {me.access.report ? <Tab value="report">{t('tabReport')}</Tab> : null}
        </TabList>
        <main className="view" role="tabpanel" aria-label={t(VIEW_TEXT[view])}>
          <Suspense fallback={<Spinner label={t('loading')} />}>
            {view === 'week' ? <WeekView api={api} reference={reference} week={shownWeek} onWeekChange={setWeek} onOpenDistrict={openDistrict} /> : null}
            {view === 'district' ? <DistrictView api={api} reference={reference} week={shownWeek} districtId={districtId ?? reference.districts[0]?.id} onDistrictChange={setDistrictId} /> : null}
            {view === 'focus' ? <FocusAreaView api={api} reference={reference} week={shownWeek} focusAreaId={focusAreaId ?? reference.focusAreas[0]?.id} onFocusAreaChange={setFocusAreaId} /> : null}
            {view === 'missing' ? <MissingView api={api} reference={reference} week={shownWeek} onWeekChange={setWeek} /> : null}
            {view === 'plan' ? <PlanView api={api} reference={reference} /> : null}
            {view === 'report' ? <ReportView api={api} week={shownWeek} /> : null}
          </Suspense>
        </main>
      </>
    );
  }
  return (
    <FluentProvider theme={THEMES[theme]} className="app" data-theme={theme}>
      <TextsProvider value={texts}>{body}</TextsProvider>
    </FluentProvider>
  );
}

const VIEW_TEXT = { week: 'tabWeek', district: 'tabDistrict', focus: 'tabFocusArea', missing: 'tabMissing', plan: 'tabPlan', report: 'tabReport' } as const;
