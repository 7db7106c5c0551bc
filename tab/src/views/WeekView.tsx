import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner, useArrowNavigationGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { DashboardApi, DashboardReference, DashboardWeek } from '../api.ts';
import { useTexts } from '../i18n.tsx';
import { CHANGE_TEXT, LEVEL_TEXT, LevelMark, TREND_ARROW, TREND_TEXT } from '../levels.tsx';
import { splitWeek } from '../model.ts';
import { useLoad } from '../useLoad.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { WeekPicker } from './WeekPicker.tsx';

type Row = DashboardWeek['rows'][number];
type Cell = Row['cells'][number];

interface Props {
  api: DashboardApi;
  reference: DashboardReference;
  week: string;
  onWeekChange: (week: string) => void;
  onOpenDistrict: (districtId: string) => void;
}

/** The districts × focus areas matrix of a week: level colour and shape, the contact's own trend, comments on click. */
export function WeekView({ api, reference, week, onWeekChange, onOpenDistrict }: Props) {
  const { t } = useTexts();
  const loaded = useLoad(week, () => api.week(week));
  return (
    <section aria-labelledby="week-heading">
      <WeekPicker week={week} currentWeek={reference.currentWeek} onChange={onWeekChange} />
      {loaded.state === 'loading' ? <Spinner label={t('loading')} /> : null}
      {loaded.state === 'failed' ? <ErrorNotice text={t('loadFailed', { status: loaded.status })} onRetry={loaded.retry} /> : null}
      {loaded.state === 'ready' ? <Matrix data={loaded.data} onOpenDistrict={onOpenDistrict} /> : null}
    </section>
  );
}

function Matrix({ data, onOpenDistrict }: { data: DashboardWeek; onOpenDistrict: (districtId: string) => void }) {
  const { t, language } = useTexts();
  const [selected, setSelected] = useState<{ row: Row; cell?: Cell } | undefined>();
  const grid = useArrowNavigationGroup({ axis: 'grid', memorizeCurrent: true });
  const areaName = (id: string) => data.focusAreas.find((area) => area.id === id)?.name[language] ?? id;
  const { week } = splitWeek(data.week);
  return (
    <>
      <p id="week-heading" className="totals">
        {t('reportedOf', { reported: data.totals.reported, districts: data.totals.districts })}
        {' · '}
        {t('countRed', { count: data.totals.counts.red })}, {t('countYellow', { count: data.totals.counts.yellow })}, {t('countGreen', { count: data.totals.counts.green })}
      </p>
      <Legend />
      <div className="table-scroll" role="region" aria-label={t('matrixScroll')} tabIndex={0}>
        <table className="matrix" data-testid="matrix" {...grid}>
          <caption className="visually-hidden">{t('matrixCaption', { week })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('district')}</th>
              {data.focusAreas.map((area) => (
                <th scope="col" key={area.id} data-area={area.id}>
                  {area.name[language]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.districtId} data-district={row.districtId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpenDistrict(row.districtId)} aria-label={t('openHistory', { district: row.districtName })}>
                    {row.districtName}
                  </button>
                  {row.late ? <span className="late"> ({t('late')})</span> : null}
                  {row.overallComment || row.priorityComment ? (
                    <button type="button" className="comment-button" onClick={() => setSelected({ row })} aria-label={`${t('overallComment')}: ${row.districtName}`}>
                      💬
                    </button>
                  ) : null}
                </th>
                {row.cells.map((cell) => {
                  const level = cell.level ? t(LEVEL_TEXT[cell.level]) : row.reported ? t('levelMissing') : t('notReported');
                  const trend = cell.trend ? t('trendSuffix', { trend: t(TREND_TEXT[cell.trend]) }) : '';
                  return (
                    <td key={cell.focusAreaId} data-area={cell.focusAreaId} data-level={cell.level ?? 'missing'} data-trend={cell.trend ?? ''}>
                      <button
                        type="button"
                        className="cell-button"
                        onClick={() => setSelected({ row, cell })}
                        aria-label={t('cellLabel', { district: row.districtName, area: areaName(cell.focusAreaId), level, trend })}
                      >
                        <LevelMark level={cell.level} />
                        {cell.trend ? <span className="trend" aria-hidden="true">{TREND_ARROW[cell.trend]}</span> : null}
                        {cell.comment ? <span className="has-comment" aria-hidden="true">*</span> : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog open={selected !== undefined} onOpenChange={(_, state) => !state.open && setSelected(undefined)}>
        <DialogSurface>
          {selected ? (
            <DialogBody>
              <DialogTitle>{selected.cell ? `${selected.row.districtName} · ${areaName(selected.cell.focusAreaId)}` : selected.row.districtName}</DialogTitle>
              <DialogContent className="comment-dialog">
                {selected.cell ? (
                  <>
                    <p>
                      <LevelMark level={selected.cell.level} /> {selected.cell.level ? t(LEVEL_TEXT[selected.cell.level]) : t('notReported')}
                      {selected.cell.trend ? ` · ${TREND_ARROW[selected.cell.trend]} ${t(TREND_TEXT[selected.cell.trend])}` : ''}
                    </p>
                    {selected.cell.change ? <p>{t('changeSinceLastWeek', { change: t(CHANGE_TEXT[selected.cell.change]) })}</p> : null}
                    <h3>{t('comment')}</h3>
                    <p data-testid="cell-comment">{selected.cell.comment ?? t('noComment')}</p>
                  </>
                ) : null}
                {selected.row.overallComment ? (
                  <>
                    <h3>{t('overallComment')}</h3>
                    <p>{selected.row.overallComment}</p>
                  </>
                ) : null}
                {selected.row.priorityComment ? (
                  <>
                    <h3>{t('priorityComment')}</h3>
                    <p>{selected.row.priorityComment}</p>
                  </>
                ) : null}
                {selected.row.submittedBy ? <p className="muted">{t('submittedBy', { name: selected.row.submittedBy })}</p> : null}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => setSelected(undefined)}>
                  {t('close')}
                </Button>
              </DialogActions>
            </DialogBody>
          ) : null}
        </DialogSurface>
      </Dialog>
    </>
  );
}

export function Legend() {
  const { t } = useTexts();
  return (
    <ul className="legend" aria-label={t('legend')}>
      {(['green', 'yellow', 'red', 'not-applicable', null] as const).map((level) => (
        <li key={level ?? 'missing'}>
          <LevelMark level={level} /> {t(LEVEL_TEXT[level ?? 'missing'])}
        </li>
      ))}
      {(['better', 'same', 'worse'] as const).map((trend) => (
        <li key={trend}>
          <span aria-hidden="true">{TREND_ARROW[trend]}</span> {t(TREND_TEXT[trend])}
        </li>
      ))}
    </ul>
  );
}
