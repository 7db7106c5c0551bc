import type { Language } from '../src/domain/model.ts';
import { t } from './texts/catalogue.ts';
import { SLOT_TEXTS, WEEKDAYS_PLURAL } from './texts/summary.ts';

/** "på fredagar kl. 14:00" / "on Fridays at 14:00" for a weekly slot (ISO weekday, HH:mm). */
export function describeSlot(slot: { weekday: number; time: string }, language: Language): string {
  const day = (WEEKDAYS_PLURAL as Record<number, { sv: string; en: string } | undefined>)[slot.weekday] ?? WEEKDAYS_PLURAL[5];
  return t(SLOT_TEXTS.weekly, language, { days: day[language], time: slot.time });
}
