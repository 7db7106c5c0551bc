import type { Language } from '../src/domain/model.ts';
import type { Level, StatusEntry, Trend } from '../src/domain/status-report.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { LEVEL_LABELS } from './texts/status.ts';

export const LEVEL_ICONS: Record<Level, string> = { green: '🟢', yellow: '🟡', red: '🔴', 'not-applicable': '⚪' };
export const TREND_ARROWS: Record<Trend, string> = { better: '↑', same: '→', worse: '↓' };

/** One focus area's line of a report: "🔴 Röd ↓ — comment". */
export const formatEntry = (entry: StatusEntry, language: Language): string =>
  `${LEVEL_ICONS[entry.level]} ${LEVEL_LABELS[entry.level][language]} ${TREND_ARROWS[entry.trend]}${entry.comment ? ` — ${escapeMarkdown(entry.comment)}` : ''}`;
