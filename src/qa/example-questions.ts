import type { Language } from '../domain/model.ts';

/** Questions the answerer is known to answer (a test checks that), offered when it has no answer. */
export const EXAMPLE_QUESTIONS: Readonly<Record<Language, readonly [string, string, string]>> = {
  sv: ['Vad ingår i samverkansavtalet?', 'Vem har ansvar för avhoppare?', 'Står det något om skolorna?'],
  en: ['What does the agreement cover?', 'Who is responsible for exit programmes?', 'What does the agreement say about schools?'],
};
