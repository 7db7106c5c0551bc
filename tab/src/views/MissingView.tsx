import { Spinner } from '@fluentui/react-components';
import type { DashboardApi, DashboardReference } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { splitWeek } from '../model.ts';
import { useLoad } from '../useLoad.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { WeekPicker } from './WeekPicker.tsx';

/** The districts without a report this week, with their contacts' names. */
export function MissingView({ api, reference, week, onWeekChange }: { api: DashboardApi; reference: DashboardReference; week: string; onWeekChange: (week: string) => void }) {
  const { t } = useTexts();
  const loaded = useLoad(week, () => api.week(week));
  return (
    <section>
      <WeekPicker week={week} currentWeek={reference.currentWeek} onChange={onWeekChange} />
      {loaded.state === 'loading' ? <Spinner label={t('loading')} /> : null}
      {loaded.state === 'failed' ? <ErrorNotice text={t('loadFailed', { status: loaded.status })} onRetry={loaded.retry} /> : null}
      {loaded.state === 'ready' ? (
        <>
          <h2>{t('missingTitle', { week: splitWeek(loaded.data.week).week })}</h2>
          {loaded.data.missing.length === 0 ? (
            <p>{t('missingNone')}</p>
          ) : (
            <ul className="missing" data-testid="missing">
              {loaded.data.missing.map((district) => (
                <li key={district.id} data-district={district.id}>
                  <strong>{district.name}</strong>
                  {' – '}
                  {t('missingContacts')}: {district.contacts.length > 0 ? district.contacts.join(', ') : t('noContacts')}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
