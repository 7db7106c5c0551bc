import { Select, Spinner } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import type { DashboardApi, DashboardReference, FocusAreaHistory } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { LEVEL_TEXT, LevelMark } from '../levels.tsx';
import { splitWeek } from '../model.ts';
import { useLoad } from '../useLoad.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { LevelChart, type ChartSeries } from './LevelChart.tsx';

interface Props {
  api: DashboardApi;
  reference: DashboardReference;
  week: string;
  focusAreaId: string | undefined;
  onFocusAreaChange: (id: string) => void;
}

/** One focus area across the districts over the last twelve weeks: counts per level as a chart, each district in the table. */
export default function FocusAreaView({ api, reference, week, focusAreaId, onFocusAreaChange }: Props) {
  const { t, language } = useTexts();
  const selectId = useId();
  const loaded = useLoad(`${focusAreaId}:${week}`, () => api.focusAreaHistory(focusAreaId ?? '', week));
  return (
    <section>
      <div className="field">
        <label htmlFor={selectId}>{t('chooseFocusArea')}</label>
        <Select id={selectId} value={focusAreaId} onChange={(_, data) => onFocusAreaChange(data.value)}>
          {reference.focusAreas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name[language]}
            </option>
          ))}
        </Select>
      </div>
      {loaded.state === 'loading' ? <Spinner label={t('loading')} /> : null}
      {loaded.state === 'failed' ? <ErrorNotice text={t('loadFailed', { status: loaded.status })} onRetry={loaded.retry} /> : null}
      {loaded.state === 'ready' ? <Across data={loaded.data} /> : null}
    </section>
  );
}

function Across({ data }: { data: FocusAreaHistory }) {
  const { t, language } = useTexts();
  const labels = useMemo(() => data.weeks.map((w) => `v${splitWeek(w).week}`), [data]);
  const series = useMemo((): ChartSeries[] => (['red', 'yellow', 'green'] as const).map((level) => ({ level, label: t(LEVEL_TEXT[level]), data: data.counts.map((c) => c[level]) })), [data, t]);
  const caption = t('focusCaption', { area: data.name[language], count: data.weeks.length });
  return (
    <>
      <h2>{data.name[language]}</h2>
      <LevelChart labels={labels} series={series} summary={t('chartSummary', { from: labels[0] ?? '', to: labels.at(-1) ?? '' })} />
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="history" data-testid="focus-history">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('district')}</th>
              {labels.map((label, i) => (
                <th scope="col" key={data.weeks[i]}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.districts.map((district) => (
              <tr key={district.districtId}>
                <th scope="row">{district.districtName}</th>
                {district.levels.map((level, i) => (
                  <td key={data.weeks[i]} data-level={level ?? 'missing'}>
                    <LevelMark level={level} />
                    <span className="visually-hidden">{t(LEVEL_TEXT[level ?? 'missing'])}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
