import { Select, Spinner } from '@fluentui/react-components';
import { useId, useMemo } from 'react';
import type { DashboardApi, DashboardReference, DistrictHistory } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { LEVEL_TEXT, LevelMark, TREND_ARROW, TREND_TEXT } from '../levels.tsx';
import { splitWeek } from '../model.ts';
import { useLoad } from '../useLoad.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { LevelChart, type ChartSeries } from './LevelChart.tsx';

interface Props {
  api: DashboardApi;
  reference: DashboardReference;
  week: string;
  districtId: string | undefined;
  onDistrictChange: (id: string) => void;
}

/** One district's levels per focus area over the last twelve weeks: a chart of the counts and the table. */
export default function DistrictView({ api, reference, week, districtId, onDistrictChange }: Props) {
  const { t } = useTexts();
  const selectId = useId();
  const loaded = useLoad(`${districtId}:${week}`, () => api.districtHistory(districtId ?? '', week));
  return (
    <section>
      <div className="field">
        <label htmlFor={selectId}>{t('chooseDistrict')}</label>
        <Select id={selectId} value={districtId} onChange={(_, data) => onDistrictChange(data.value)}>
          {reference.districts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </div>
      {loaded.state === 'loading' ? <Spinner label={t('loading')} /> : null}
      {loaded.state === 'failed' ? <ErrorNotice text={t('loadFailed', { status: loaded.status })} onRetry={loaded.retry} /> : null}
      {loaded.state === 'ready' ? <History data={loaded.data} /> : null}
    </section>
  );
}

function History({ data }: { data: DistrictHistory }) {
  const { t, language } = useTexts();
  const labels = useMemo(() => data.weeks.map((w) => `v${splitWeek(w).week}`), [data]);
  const series = useMemo(
    (): ChartSeries[] =>
      (['red', 'yellow', 'green'] as const).map((level) => ({
        level,
        label: t(LEVEL_TEXT[level]),
        data: data.weeks.map((_, i) => data.areas.filter((area) => area.levels[i] === level).length),
      })),
    [data, t],
  );
  return (
    <>
      <h2 data-testid="history-title">{data.districtName}</h2>
      <LevelChart labels={labels} series={series} summary={t('chartSummary', { from: labels[0] ?? '', to: labels.at(-1) ?? '' })} />
      <div className="table-scroll" role="region" aria-label={t('historyCaption', { district: data.districtName, count: data.weeks.length })} tabIndex={0}>
        <table className="history" data-testid="district-history">
          <caption>{t('historyCaption', { district: data.districtName, count: data.weeks.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('focusArea')}</th>
              {data.weeks.map((w, i) => (
                <th scope="col" key={w}>
                  {labels[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.areas.map((area) => (
              <tr key={area.focusAreaId} data-area={area.focusAreaId}>
                <th scope="row">{area.name[language]}</th>
                {area.levels.map((level, i) => {
                  const trend = area.trends[i];
                  return (
                    <td key={data.weeks[i]} data-level={level ?? 'missing'} data-week={data.weeks[i]}>
                      <LevelMark level={level} />
                      {trend ? <span aria-hidden="true">{TREND_ARROW[trend]}</span> : null}
                      <span className="visually-hidden">
                        {t(LEVEL_TEXT[level ?? 'missing'])}
                        {trend ? t('trendSuffix', { trend: t(TREND_TEXT[trend]) }) : ''}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
