import type { Change, Level, TaskStatus, Trend } from './model.ts';
import { useTexts } from './i18n.tsx';
import type { TextKey } from './texts.ts';

export const LEVEL_TEXT: Record<Level | 'missing', TextKey> = {
  green: 'levelGreen',
  yellow: 'levelYellow',
  red: 'levelRed',
  'not-applicable': 'levelNotApplicable',
  missing: 'levelMissing',
};
export const TREND_TEXT: Record<Trend, TextKey> = { better: 'trendBetter', same: 'trendSame', worse: 'trendWorse' };
export const CHANGE_TEXT: Record<Change, TextKey> = { better: 'changeBetter', worse: 'changeWorse', same: 'changeSame', new: 'changeNew' };
export const STATUS_TEXT: Record<TaskStatus, TextKey> = {
  'not-started': 'statusNotStarted',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  blocked: 'statusBlocked',
  cancelled: 'statusCancelled',
};
/** A shape per level, so colour is never the only cue (and it survives high contrast). */
const SHAPE: Record<Level | 'missing', string> = { green: '●', yellow: '▲', red: '■', 'not-applicable': '–', missing: '·' };
export const TREND_ARROW: Record<Trend, string> = { better: '↑', same: '→', worse: '↓' };
/** Level colours for charts (the matrix uses the same values through CSS classes). */
export const LEVEL_COLOURS: Record<'green' | 'yellow' | 'red' | 'not-applicable', string> = { green: '#107c10', yellow: '#fce100', red: '#c50f1f', 'not-applicable': '#8a8886' };

/** A level as a coloured mark with its own shape; the word is in `title` and for screen readers. */
export function LevelMark({ level }: { level: Level | undefined | null }) {
  const { t } = useTexts();
  const key = level ?? 'missing';
  return (
    <span className={`level level-${key}`} aria-hidden="true" title={t(LEVEL_TEXT[key])}>
      {SHAPE[key]}
    </span>
  );
}
