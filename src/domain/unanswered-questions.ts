/** Why a question is on the admins' list: the bot refused it, or someone voted its answer down. */
export type UnansweredReason = 'refused' | 'down-vote';

export interface UnansweredEntry {
  question: string;
  at: string;
  reason: UnansweredReason;
}

/** One question as the admins see it: asked this many times, in its latest wording. */
export interface UnansweredGroup {
  question: string;
  count: number;
  refused: number;
  downVotes: number;
  lastAt: string;
}

export interface UnansweredList {
  groups: UnansweredGroup[];
  /** Groups left out by the limit. */
  more: number;
}

/** The same question however it was typed: case, accents, punctuation and spacing do not count. */
export const normalizeQuestionText = (text: string) =>
  text
    // Busy officials type without å/ä/ö: "manga" and "många" are the same question.
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('sv')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Groups refusals and 👎 by normalised question, newest first, at most `limit` groups. */
export function groupUnanswered(entries: readonly UnansweredEntry[], limit: number): UnansweredList {
  const groups = new Map<string, UnansweredGroup>();
  for (const entry of entries) {
    const key = normalizeQuestionText(entry.question);
    if (!key) continue;
    const group = groups.get(key) ?? { question: entry.question, count: 0, refused: 0, downVotes: 0, lastAt: entry.at };
    group.count += 1;
    if (entry.reason === 'refused') group.refused += 1;
    else group.downVotes += 1;
    if (entry.at >= group.lastAt) Object.assign(group, { lastAt: entry.at, question: entry.question });
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
  return { groups: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}
