import { defineTexts } from './catalogue.ts';
import type { Notice } from './notices.ts';

/** Every text of "Fråga en samordnare", the 👍/👎 buttons and the admins' unanswered questions, Swedish first. */
export const COORDINATOR_TEXTS = defineTexts({
  // Under every answer.
  askCoordinator: { sv: 'Fråga en samordnare', en: 'Ask a coordinator' },
  voteUp: { sv: '👍', en: '👍' },
  voteDown: { sv: '👎', en: '👎' },
  voteUpTip: { sv: 'Bra svar', en: 'Good answer' },
  voteDownTip: { sv: 'Dåligt svar', en: 'Poor answer' },
  // The card in the coordinators' channel.
  questionTitle: { sv: 'Fråga till samordnarna', en: 'Question for the coordinators' },
  askedBy: { sv: 'Ställd av {name}', en: 'Asked by {name}' },
  botAnswered: { sv: 'Samverkan svarade:', en: 'Samverkan answered:' },
  answerLabel: { sv: 'Svar till {name}', en: 'Answer to {name}' },
  answerPlaceholder: { sv: 'Skriv ditt svar här', en: 'Write your answer here' },
  sendAnswer: { sv: 'Skicka svar', en: 'Send answer' },
  answerEmpty: { sv: 'Skriv ett svar först. Inget har skickats.', en: 'Write an answer first. Nothing has been sent.' },
  answerTooLong: { sv: 'Högst {max} tecken. Inget har skickats.', en: 'At most {max} characters. Nothing has been sent.' },
  answeredBy: { sv: 'Besvarad av {name}', en: 'Answered by {name}' },
  alreadyAnswered: {
    sv: 'Frågan hade redan besvarats av {name}. Ditt svar skickades inte.',
    en: 'The question had already been answered by {name}. Your answer was not sent.',
  },
  saveAsAnswer: { sv: 'Spara som svar', en: 'Save as answer' },
  saveHint: {
    sv: 'Sparar du svaret får nästa som frågar samma sak det direkt.',
    en: 'If you save the answer, the next person who asks the same gets it at once.',
  },
  saved: {
    sv: 'Sparat som svar: nästa som frågar samma sak får det direkt.',
    en: 'Saved as an answer: the next person who asks the same gets it at once.',
  },
  // The answer the asker gets 1:1.
  answerFrom: { sv: 'Svar från samordnare {name}', en: 'Answer from coordinator {name}' },
  yourQuestion: { sv: 'Din fråga: ”{question}”', en: 'Your question: “{question}”' },
  // Binding the channel.
  boundTitle: { sv: 'Samordnarnas kanal', en: 'The coordinators’ channel' },
  bound: { sv: '{channel} tar nu emot frågor till samordnarna.', en: '{channel} now receives questions for the coordinators.' },
  alreadyBound: { sv: '{channel} tar redan emot frågor till samordnarna.', en: '{channel} already receives questions for the coordinators.' },
  thisChannel: { sv: 'Den här kanalen', en: 'This channel' },
  // The admins' list.
  unansweredTitle: { sv: 'Obesvarade frågor', en: 'Unanswered questions' },
  unansweredIntro: {
    sv: 'Frågor jag inte kunde svara på och svar som fått 👎, senast först.',
    en: 'Questions I could not answer and answers voted 👎, newest first.',
  },
  noUnanswered: { sv: 'Det finns inga obesvarade frågor.', en: 'There are no unanswered questions.' },
  times: { sv: { one: '{count} gång', other: '{count} gånger' }, en: { one: '{count} time', other: '{count} times' } },
  unansweredDetail: { sv: 'utan svar: {refused}, 👎: {down}, senast {date}', en: 'no answer: {refused}, 👎: {down}, last {date}' },
  more: {
    sv: { one: 'och {count} fråga till', other: 'och {count} frågor till' },
    en: { one: 'and {count} more question', other: 'and {count} more questions' },
  },
});

/** Confirmations and refusals of the coordinator loop, as notice cards. */
export const COORDINATOR_NOTICES = {
  questionSent: {
    title: { sv: 'Frågan är skickad', en: 'Question sent' },
    text: { sv: 'Din fråga är skickad till samordnarna. Du får svaret här.', en: 'Your question has been sent to the coordinators. You will get the answer here.' },
    tone: 'good',
  },
  noChannel: {
    title: { sv: 'Ingen tar emot frågan ännu', en: 'No one receives the question yet' },
    text: {
      sv: 'Ingen kanal tar emot frågor till samordnarna. Be en administratör skriva "@Samverkan samordnare här" i samordnarnas kanal. Inget har skickats.',
      en: 'No channel receives questions for the coordinators. Ask an administrator to write "@Samverkan use this channel for coordinators" in the coordinators’ channel. Nothing has been sent.',
    },
    tone: 'attention',
  },
  onlyInChannel: {
    title: { sv: 'Skriv det i samordnarnas kanal', en: 'Write it in the coordinators’ channel' },
    text: {
      sv: 'Samordnarnas kanal väljs i kanalen själv: gå dit och skriv "@Samverkan samordnare här".',
      en: 'The coordinators’ channel is chosen in the channel itself: go there and write "@Samverkan use this channel for coordinators".',
    },
  },
  thanksUp: {
    title: { sv: 'Tack!', en: 'Thank you!' },
    text: { sv: 'Skönt att svaret hjälpte.', en: 'Glad the answer helped.' },
    tone: 'good',
  },
  thanksDown: {
    title: { sv: 'Tack för att du sa till', en: 'Thank you for telling us' },
    text: {
      sv: 'Administratörerna ser frågan i listan över obesvarade frågor. Skriv frågan igen och tryck "Fråga en samordnare" om du behöver svar nu.',
      en: 'The administrators will see the question in the list of unanswered questions. Ask again and press "Ask a coordinator" if you need an answer now.',
    },
  },
} as const satisfies Record<string, Notice>;
