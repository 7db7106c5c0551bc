import { Select, Spinner } from '@fluentui/react-components';
import { useId, useMemo, type ReactNode } from 'react';
import { useTexts } from '../i18n.tsx';
import { LEVEL_TEXT, LevelMark, TREND_ARROW, TREND_TEXT } from '../levels.tsx';
import { splitWeek, type Level, type Trend } from '../model.ts';
import type { TextKey } from '../texts.ts';
import type { Loaded } from '../useLoad.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { LevelChart, type ChartSeries } from './LevelChart.tsx';

/** A history view shows a district (its focus areas are the rows) or a focus area (the districts are the rows). */
interface ChooserProps<T> {
  label: TextKey;
  choices: ReadonlyArray<{ id: string; name: string }>;
  value: string | undefined;
  onChange: (id: string) => void;
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}

/** The picker of a history view and what it loaded: a spinner, an error with "try again", or the history. */
export function HistoryChooser<T>({ label, choices, value, onChange, loaded, children }: ChooserProps<T>) {
  const { t } = useTexts();
  const selectId = useId();
  return (
    <section>
      <div className="field">
        <label htmlFor={selectId}>{t(label)}</label>
        <Select id={selectId} value={value} onChange={(_, data) => onChange(data.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </Select>
      </div>
      {loaded.state === 'loading' ? <Spinner label={t('loading')} /> : null}
      {loaded.state === 'failed' ? <ErrorNotice text={t('loadFailed', { status: loaded.status })} onRetry={loaded.retry} /> : null}
      {loaded.state === 'ready' ? children(loaded.data) : null}
    </section>
  );
}

export interface HistoryRow {
  id: string;
  name: string;
  /** `levels[i]` belongs to the i-th week; null: not reported. */
  levels: ReadonlyArray<Level | null>;
  trends?: ReadonlyArray<Trend | null>;
}

interface TableProps {
  title: string;
  caption: string;
  rowHeader: string;
  weeks: readonly string[];
  rows: readonly HistoryRow[];
  /** `data-testid` of the table, for the end-to-end test. */
  testId: string;
}

/** Twelve weeks of levels: a chart of how many rows were red, yellow and green each week, and the table beside it. */
export function HistoryTable({ title, caption, rowHeader, weeks, rows, testId }: TableProps) {
  const { t } = useTexts();
  const labels = useMemo(() => weeks.map((w) => `v${splitWeek(w).week}`), [weeks]);
  const series = useMemo(
    (): ChartSeries[] =>
      (['red', 'yellow', 'green'] as const).map((level) => ({
        level,
        label: t(LEVEL_TEXT[level]),
        data: weeks.map((_, i) => rows.filter((row) => row.levels[i] === level).length),
      })),
    [weeks, rows, t],
  );
  return (
    <>
      <h2 data-testid="history-title">{title}</h2>
      <LevelChart labels={labels} series={series} summary={t('chartSummary', { from: labels[0] ?? '', to: labels.at(-1) ?? '' })} />
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="history" data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {weeks.map((w, i) => (
                <th scope="col" key={w}>
                  {labels[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.name}</th>
                {row.levels.map((level, i) => {
                  const trend = row.trends?.[i];
                  return (
                    <td key={weeks[i]} data-level={level ?? 'missing'} data-week={weeks[i]}>
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
