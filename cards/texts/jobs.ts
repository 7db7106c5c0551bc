import { defineTexts, type Text } from './catalogue.ts';

/** The admin's report after "kör statusförfrågan nu" / "kör påminnelse nu". */
export const JOB_NAMES = defineTexts({
  'status-request': { sv: 'Statusförfrågan', en: 'Status request' },
  'status-reminder': { sv: 'Påminnelse', en: 'Reminder' },
  'status-last-call': { sv: 'Sista påminnelse', en: 'Last call' },
}) satisfies Record<'status-request' | 'status-reminder' | 'status-last-call', Text>;

export const JOB_NOT_RUN = defineTexts({
  paused: { sv: 'Vecka {week} är pausad i schemat; inget skickades.', en: 'Week {week} is paused in the schedule; nothing was sent.' },
  held: { sv: 'En annan instans kör redan jobbet; inget skickades härifrån.', en: 'Another instance is already running the job; nothing was sent from here.' },
  done: { sv: 'Jobbet har redan körts för veckan.', en: 'The job has already run for the week.' },
});

/** The same, when the lease says more: since when another instance runs it, what a finished run sent. */
export const JOB_NOT_RUN_DETAILS = defineTexts({
  heldSince: {
    sv: 'Pågår på en annan instans sedan {since}; inget skickades härifrån.',
    en: 'Running on another instance since {since}; nothing was sent from here.',
  },
  doneSent: { sv: 'Klar för vecka {week}: {sent} skickade.', en: 'Done for week {week}: {sent} sent.' },
});

export const JOB_FACTS = defineTexts({
  queued: { sv: 'Nya i utkorgen', en: 'Newly queued' },
  sent: { sv: 'Skickade', en: 'Sent' },
  failed: { sv: 'Misslyckade', en: 'Failed' },
  unreachable: { sv: 'Nås inte', en: 'Unreachable' },
  resent: { sv: 'Skickade igen efter avbrott (kan ha kommit två gånger)', en: 'Sent again after an interruption (may have arrived twice)' },
  throttled: { sv: 'Strypta av Teams (väntade, skickades sedan)', en: 'Throttled by Teams (waited, then sent)' },
});

export const JOB_TEXTS = defineTexts({
  started: { sv: '{job} för vecka {week} körs nu …', en: 'Running {job} for week {week} …' },
  done: { sv: '{job} vecka {week} är klar', en: '{job} week {week} is done' },
  unreachableHint: {
    sv: 'Nås inte (appen är inte installerad för dem, eller blockerad): {names}. Be dem öppna Samverkan i Teams och skriva "hej".',
    en: 'Unreachable (the app is not installed for them, or blocked): {names}. Ask them to open Samverkan in Teams and say "hi".',
  },
  uncovered: {
    sv: 'Ingen fick kortet för {districts}: alla kontaktpersoner är frånvarande och ingen ersättare finns. Utse en ersättare med "hantera roller" och kör igen.',
    en: 'Nobody got the card for {districts}: every contact is away and there is no deputy. Appoint one with "manage roles" and run it again.',
  },
});
