/**
 * The follow-ups `answer-questions.ts` reads against the previous answer's topic before a question
 * is read on its own ("vad mer?", "citat?", "källa?", "och i uttalandet?"), as one ordered list of
 * named rules. Their patterns are in `follow-up-patterns.ts`.
 */

import type { Agreement, FocusArea, Language, Localized } from '../domain/model.ts';
import type { QaTopic } from '../domain/qa-topic.ts';
import type { Answer } from './answer.ts';
import { answerFact, findPerson, findPersonByRole, withoutOthers, type NamedPerson } from './answer-facts.ts';
import { AHEAD, ALL_OF_IT, CONTACT_OWNER, MEANS_ASK, CLOSING_WORDS, NAMES_ASK, REPLACES, OTHER_SIDE, OTHERWISE, SIGNED_ALONE, WHERE_WRITTEN, AMONG_THEM, BETWEEN_WHOM, CHECKS_FACT, CONFIRMATION, CONFIRMATION_TAG, CONSEQUENCE_ASK, ELABORATE, FACT_DETAIL, GOAL_ASK, IN_DOCUMENT, LAST_WORDS, MEANING_ASK, NAME_ASK, OTHER_DOCUMENT, OTHER_DOCUMENT_ALONE, OTHER_ONE, PARTY_ALONE, POINTS_BACK, PURPOSE_ASK, QUOTE_ASK, REASON_ASK, REFERS_TO, REST_OF_WORDS, SAME_IN_DOCUMENT, SOURCE_ASK, SOURCE_OF, TITLE_ASK, WHAT_ELSE, WHERE_ASK, WHICH_DOCUMENT, WHO_ARE_THEY, WHO_SAID_IT } from './follow-up-patterns.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { foldText, splitWords } from './normalize-text.ts';
import { isNearMissWord } from './other-places.ts';
import { ANSWER_MARKER_OF, CURRENT, FIRST_AGREEMENT, MIN_COVERAGE, SAID, VALIDITY, WHO } from './question-patterns.ts';
import { STEERING_GROUP_SEATS, WHICH_ONES } from './refusal-patterns.ts';
import type { SentenceDoc, SentenceSearch } from './search-sentences.ts';

/** A question read against the previous answer's topic: its text, folded, its language and that topic. */
export interface FollowUpTurn {
  text: string;
  folded: string;
  language: Language;
  previous: QaTopic | undefined;
}

/** One way a follow-up leans on the previous answer: its answer, or undefined when the turn is not that follow-up. */
export type FollowUpRule = (turn: FollowUpTurn) => Answer | undefined;

/** What the rules read from the answerer (`createQuestionAnswerer` builds it once). */
export interface FollowUpReader {
  kb: KnowledgeBase;
  people: readonly NamedPerson[];
  sentenceSearch: SentenceSearch;
  /** The city-wide agreement: the new one. */
  cityWide: Agreement | undefined;
  /** The sentence the previous answer quoted. */
  quotedBefore: (previous: QaTopic) => SentenceDoc | undefined;
  passageAnswer: (sentences: SentenceDoc[], language: Language) => Answer;
  /** A section quoted whole, as one passage. */
  wholeSectionAnswer: (agreementId: string, sectionId: string, language: Language) => Answer;
  /** The person the previous answer quoted or named. */
  speakerOf: (previous: QaTopic) => NamedPerson | undefined;
  /** Who a person is: name, party and role. */
  whoIs: (person: NamedPerson, language: Language) => Answer | undefined;
  /** Who stands behind a sentence. */
  sourceOf: (sentence: SentenceDoc, language: Language) => Answer | undefined;
  /** The first sentence of the section after this one in its document. */
  nextSectionSentence: (agreementId: string, sectionId: string) => SentenceDoc | undefined;
  /** The document a question names (its agreement id). */
  namedDocument: (folded: string) => string | undefined;
  /** The previous question asked again of another person. */
  askedOf: (previousQuestion: string, name: string) => string;
  /** The question asked of one document. */
  askedOfDocument: (question: string, documentWord: 'uttalandet' | 'pressmeddelandet') => string;
  /** The focus area the text names, if any. */
  focusAreaNamed: (text: string, language: Language) => FocusArea | undefined;
  /** A question read on its own. */
  answerAlone: (text: string, language: Language) => Answer;
  /** A question read against the previous answer's topic (these rules first). */
  answerInContext: (text: string, language: Language, previous: QaTopic | undefined) => Answer;
  /** One question, read in context when elliptic, as rebuilt from a fragment when rebuilt. */
  answerOne: (text: string, language: Language, previous: QaTopic | undefined, elliptic?: boolean, rebuilt?: boolean) => Answer;
  /** The turn's fragment was read as this question: the conversation's topic is then that question. */
  resolveAs: (question: string) => void;
}

/** The complete questions some follow-ups stand for, in the asker's language. */
const CANNED = {
  firstSigned: { sv: 'när skrevs det första avtalet under?', en: 'when was the first agreement signed?' },
  parties: { sv: 'vilka partier står bakom uttalandet?', en: 'which parties are behind the statement?' },
  areas: { sv: 'vilka områden ingår i det nya avtalet?', en: 'which areas does the new agreement cover?' },
  newValidity: { sv: 'hur länge ska det nya avtalet gälla?', en: 'how long will the new agreement be valid?' },
  otherAuthors: { sv: 'vilka andra står bakom uttalandet?', en: 'who else is behind the statement?' },
  currentValidity: { sv: 'hur länge gäller det nuvarande avtalet?', en: 'until when is the current agreement valid?' },
  order: { sv: 'vilket avtal i ordningen är det nya?', en: 'which agreement in order is the new one?' },
} as const satisfies Record<string, Localized>;

/** The statement's parties by their English names, as the party letters answerFact reads. */
const PARTY_LETTER_OF_ENGLISH: Readonly<Record<string, string>> = { green: 'mp', greens: 'mp', 'green party': 'mp', centre: 'c', center: 'c', 'centre party': 'c', 'center party': 'c', liberal: 'l', liberals: 'l', moderate: 'm', moderates: 'm' };

/**
 * The follow-up rules in the order they are tried; the first that answers gives the answer. A turn
 * no rule answers is read on its own, then in context (`answerInContext` in `answer-questions.ts`).
 */
export function createFollowUpRules(reader: FollowUpReader): ReadonlyArray<FollowUpRule> {
  const { kb, people, sentenceSearch, cityWide, quotedBefore, passageAnswer, wholeSectionAnswer, speakerOf, whoIs, sourceOf, nextSectionSentence, namedDocument, askedOf, askedOfDocument, focusAreaNamed, answerAlone, answerInContext, answerOne, resolveAs } = reader;

  /** A follow-up that stands for a complete question of its own ("och sen?" for the new agreement's validity). */
  function askCanned(question: Localized, language: Language): Answer {
    return answerAlone(question[language], language);
  }

  /** The fact just given, asked again: it holds what a follow-up on it asks ("whose?", "their titles?"). */
  function factAgain(previous: QaTopic, language: Language): Answer | undefined {
    const again = answerAlone(previous.question, language);
    return again.kind === 'fact' ? again : undefined;
  }

  /** The sentence just quoted, quoted and cited again. */
  function quoteAgain(previous: QaTopic, language: Language): Answer | undefined {
    const quoted = quotedBefore(previous);
    return quoted ? passageAnswer([quoted], language) : undefined;
  }

  /** "what else?", "vad mer?": what follows the passage just quoted in its section, else the next section. */
  function whatElse({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    // After one area, "what else?" asks the other areas (`otherAreas`).
    if (previous?.agreementId && previous.sectionId && previous.kind !== 'focus-area' && WHAT_ELSE.test(folded)) {
      const quoted = previous.kind === 'passage' ? quotedBefore(previous) : undefined;
      // After the sentence listing the areas ("Does it cover gun violence?" — "what else?"): the areas.
      if (quoted && /\bomraden som diskuteras\b/.test(quoted.folded)) {
        const areas = askCanned(CANNED.areas, language);
        if (areas.kind === 'focus-areas') return areas;
      }
      const following = quoted && sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId)[(previous.shownThrough ?? quoted.position + (quoted.text.length < 90 ? 1 : 0)) + 1];
      const next = following ?? nextSectionSentence(previous.agreementId, previous.sectionId);
      if (next) return passageAnswer([next], language);
    }
    return undefined;
  }

  /** "citera Jerlmyr ordagrant", "citat?" after the police chief, "citera resten av vad han sa": the person's own words in full. */
  function quoteInFull({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (QUOTE_ASK.test(folded)) {
      const named = findPerson(folded, people) ?? findPersonByRole(folded, people);
      const carried = !named && previous?.person && (previous.kind === 'fact' || ALL_OF_IT.test(folded)) ? speakerOf(previous) : undefined;
      const whose = named ?? carried;
      if (whose?.sectionId) return wholeSectionAnswer(whose.agreement.id, whose.sectionId, language);
    }
    return undefined;
  }

  /** "vad syftar det på?", "what was he referring to?": the sentence just quoted with the one before it, which "det" points back to. */
  function refersTo({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && previous.sectionId && REFERS_TO.test(folded)) {
      const quoted = quotedBefore(previous);
      const before = quoted && quoted.position > 0 ? sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId)[quoted.position - 1] : undefined;
      if (quoted) return passageAnswer(before ? [before, quoted] : [quoted], language);
    }
    return undefined;
  }

  /** "och sist?", "and at the end?" after a person's words, or "Ulf Johansson's closing words?": the last thing they say. */
  function lastWords({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const named = CLOSING_WORDS.test(folded) ? findPerson(folded, people) ?? findPersonByRole(folded, people) : undefined;
    if ((previous?.person && (LAST_WORDS.test(folded) || CLOSING_WORDS.test(folded))) || named) {
      const speaker = named ?? (previous ? speakerOf(previous) : undefined);
      const last = speaker?.sectionId ? sentenceSearch.sentencesOf(speaker.agreement.id, speaker.sectionId).at(-1) : undefined;
      if (last) return passageAnswer([last], language);
    }
    return undefined;
  }

  /** "och framåt?", "and going forward?" after a person's words: what they say of what is to come. */
  function wordsAhead({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.person && AHEAD.test(folded)) {
      const speaker = speakerOf(previous);
      const quoted = quotedBefore(previous);
      const ahead = speaker?.sectionId ? sentenceSearch.sentencesOf(speaker.agreement.id, speaker.sectionId).filter((sentence) => sentence !== quoted && /\b(nya|nytt|framat|forhoppning\w*|hoppas|hojer|sikte|kommer att|ska gora)\b/.test(sentence.folded)) : [];
      if (ahead[0]) return passageAnswer([ahead[0]], language);
    }
    return undefined;
  }

  /** "what else did she say?", "vad sa han mer?": the rest of that person's words. */
  function restOfWords({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.person && REST_OF_WORDS.test(folded)) {
      const speaker = speakerOf(previous);
      if (speaker?.sectionId) return wholeSectionAnswer(speaker.agreement.id, speaker.sectionId, language);
    }
    return undefined;
  }

  /**
   * "vad menas med operativ?", "what does 'levande stad' mean?": the sentence that says more of it than the one just quoted.
   * (Asked first of a focus area, "vad menas med våldsbejakande extremism?" gets the area's overview when answered alone.)
   */
  function meaningOf({ text, folded, language, previous }: FollowUpTurn): Answer | undefined {
    const meaning = MEANING_ASK.exec(folded);
    if (meaning && (previous || !focusAreaNamed(text, language))) {
      const asked = sentenceSearch.readTerms(meaning[2] ?? meaning[4] ?? '');
      const quoted = previous ? quotedBefore(previous) : undefined;
      const phrase = foldText(meaning[2] ?? meaning[4] ?? '').replace(/^\W*(en |ett |a |an |the )?|\W*$/g, '');
      const covering = asked.length > 0 ? sentenceSearch.search(asked).filter((hit) => hit.coverage === 1).map((hit) => hit.sentence) : [];
      // The words as written, when a sentence holds them so ("lokala prioriteringar"), before their stems elsewhere ("prioriterad").
      const verbatim = covering.filter((sentence) => sentence.folded.includes(phrase));
      const holding = verbatim.length > 0 ? verbatim : covering;
      // The sentence that goes on about the word ("En levande stad har …", "operativ nivå i det dagliga arbetet"), not one that merely ends with it.
      const said = (sentence: SentenceDoc) => {
        const at = Math.max(...asked.flatMap((term) => term.terms.map((form) => sentence.folded.lastIndexOf(form))));
        return at < 0 ? 0 : sentence.folded.slice(at).split(/\s+/).length - (sentence === quoted ? 1 : 0);
      };
      const explaining = holding.sort((a, b) => said(b) - said(a))[0];
      // A word that only stands in a list ("… sociala insatser mot unga, avhopparverksamet, kamerabevakning, …") is not explained.
      const listed = (sentence: SentenceDoc) => asked.every((term) => term.terms.some((form) => new RegExp(`,\\s*[\\p{L} ]{0,30}\\b${form}\\p{L}*\\s*(,|\\boch\\b|\\beller\\b)`, 'u').test(sentence.folded)));
      if (explaining && previous && listed(explaining)) return { kind: 'no-answer', language, reason: 'not-stated' };
      if (explaining) return passageAnswer([explaining], language);
    }
    return undefined;
  }

  /**
   * "titel?", "var då?", "where is he police chief?" after a quoted person: who that is, with role and place.
   * Only the people quoted have a role in the documents; the signatories' is not stated.
   */
  function titleOfSpeaker({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const quotedPerson = previous ? speakerOf(previous) : undefined;
    if (quotedPerson?.role && (TITLE_ASK.test(folded) || (WHERE_ASK.test(folded) && (previous!.kind !== 'passage' || /\b(chief|chef|\w*polischef\w*|commissioner|\w*borgarrad\w*)\b/.test(folded))))) {
      const who = whoIs(quotedPerson, language);
      if (who) return who;
    }
    return undefined;
  }

  /** "what are their titles?" after the people quoted: that answer again, which gives them. */
  function theirTitles({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.kind === 'fact' && /\b(their|deras|dom|de) (titles?|roles?|titlar|roller|titel|roll)\b|\bvad har (dom|de) for (roller|titlar)\b/.test(folded) ? factAgain(previous, language) : undefined;
  }

  /** "is the Social Democrats among them?" after the signatories: the list again, which says who is. */
  function amongThem({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.kind === 'fact' && AMONG_THEM.test(folded) ? factAgain(previous, language) : undefined;
  }

  /** "och hos polisen?" after the press contact: only the sender's press line is given. */
  function otherContact({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return afterContact(previous) && /^\W*(och |o |and |what about )?(hos|for|till|at|from|for the|the)? ?(polisen|polisens|police|the police'?s?|staden|stadens|the city'?s?)( da| then)?\W*$/.test(folded) ? { kind: 'no-answer', language, reason: 'not-stated' } : undefined;
  }

  /** "och vilket parti?", "who runs that line?" after the press line: that answer again, which names whose line it is. */
  function contactOwner({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return afterContact(previous) && CONTACT_OWNER.test(folded) ? factAgain(previous!, language) : undefined;
  }

  /** "and in international format?", "time zone?", "whose?" after a fact: that fact again, which holds it (both forms of a number, the time zone, whose line it is). */
  function factDetail({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.kind === 'fact' && FACT_DETAIL.test(folded) ? factAgain(previous, language) : undefined;
  }

  /** "which document says so?" after a validity or a fact: that answer again, which names its source. */
  function sourceOfFact({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if ((previous?.kind === 'agreement-validity' || previous?.kind === 'fact') && !previous.sectionId && SOURCE_ASK.test(folded)) {
      const again = answerAlone(previous.question, language);
      if (again.kind !== 'no-answer') return again;
    }
    return undefined;
  }

  /** "source?", "var står det?", "i vilket sammanhang?": the passage the previous answer came from, quoted and cited again. */
  function sourcePassage({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.agreementId && previous.sectionId && SOURCE_ASK.test(folded) ? quoteAgain(previous, language) : undefined;
  }

  /** "i vilket syfte?", "and why does that matter?", "syfte?": the reason (or, asked so, the purpose) the previous passage gives, or the nearest one in its section that gives one. */
  function reasonGiven({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const purpose = PURPOSE_ASK.test(folded);
    if ((previous?.kind === 'passage' || previous?.kind === 'fact') && previous.agreementId && previous.sectionId && (purpose || REASON_ASK.test(folded))) {
      const quoted = quotedBefore(previous);
      const section = sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId);
      const at = quoted?.position ?? 0;
      const marker = purpose ? ANSWER_MARKER_OF.purpose : ANSWER_MARKER_OF.reason;
      const reason = section.filter((sentence) => marker.test(sentence.folded)).sort((a, b) => Math.abs(a.position - at) - Math.abs(b.position - at) || b.position - a.position)[0];
      if (reason) return passageAnswer([reason], language);
    }
    return undefined;
  }

  /** "och i vanliga fall?", "and otherwise?" after a passage on a special case ("vid beslut av större betydelse"): that passage again, which says the rest. */
  function otherwise({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.sectionId && OTHERWISE.test(folded) ? quoteAgain(previous, language) : undefined;
  }

  /** "är hon ensam?" after Elisabeth Johnson "m.fl.": who signed for her party, which says she did not sign alone. */
  function signedAlone({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const speaker = previous ? speakerOf(previous) : undefined;
    if (!speaker?.author || withoutOthers(speaker.name) === speaker.name || !SIGNED_ALONE.test(folded)) return undefined;
    return whoIs(speaker, language);
  }

  /** "var ska det tas upp?", "where should that be written down?" after a passage naming where ("i handlingsplanen bör …"): that passage. */
  function whereWritten({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (!previous?.sectionId || !WHERE_WRITTEN.test(folded)) return undefined;
    const quoted = quotedBefore(previous);
    return quoted && /\bi (handlingsplanen|overenskommelsen|avtalet)\b/.test(quoted.folded) ? passageAnswer([quoted], language) : undefined;
  }

  /** "namn på dom?", "vilken person?" after an answer naming no one: the documents give no names there; after the signatories or the people quoted, that answer again, which holds them. */
  function namesAsked({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (!previous || previous.person || !NAMES_ASK.test(folded)) return undefined;
    if (previous.kind === 'fact') {
      const again = answerAlone(previous.question, language);
      if (again.kind === 'fact' && (again.fact === 'authors' || again.fact === 'author' || again.fact === 'people')) return again;
    }
    return { kind: 'no-answer', language, reason: 'not-stated' };
  }

  /** "och vad ska ersätta det?" after the current agreement: the new one and how long it is to be valid. */
  function whatReplaces({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (!previous || !REPLACES.test(folded) || /\b(nar|when)\b/.test(folded)) return undefined;
    const aboutCurrent = previous.kind === 'agreement-validity' || /\bnuvarande\b/.test(quotedBefore(previous)?.folded ?? '') || CURRENT.test(foldText(previous.question));
    if (!aboutCurrent) return undefined;
    const next = askCanned(CANNED.newValidity, language);
    return next.kind === 'agreement-validity' ? next : undefined;
  }

  /** "så vad följer av det?": the passage just quoted when it draws the conclusion itself ("därför …"), else what follows it. */
  function whatFollows({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && previous.sectionId && CONSEQUENCE_ASK.test(folded)) {
      const quoted = quotedBefore(previous);
      const next = quoted && sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId)[quoted.position + 1];
      const conclusion = quoted && /\b(darfor|sa att|vilket)\b/.test(quoted.folded) ? quoted : next;
      if (conclusion) return passageAnswer([conclusion], language);
    }
    return undefined;
  }

  /** "hur når man dit?", "how do they want to get there?", "what's needed?" after a goal: the sentence in that section on how to reach it. */
  function howToGetThere({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && previous.sectionId && MEANS_ASK.test(folded)) {
      const means = sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId).find((sentence) => /\b(for att uppna|for att na|genom att)\b/.test(sentence.folded));
      if (means) return passageAnswer([means], language);
    }
    return undefined;
  }

  /** "like what?", "till exempel?", "list them" after "ett antal områden": the areas. */
  function areaExamples({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const examples = ELABORATE.test(folded) && /\b(like what|such as|som vad|till exempel|t ex|exempel|examples?|for example)\W*$/.test(folded);
    const listThem = /^\W*(och |and |ok,? )?(list them|lista (dem|dom)|rakna upp (dem|dom))\W*(pls|please|tack)?\W*$/.test(folded);
    if (previous?.sectionId && (examples || listThem) && /\bomraden\b/.test(quotedBefore(previous)?.folded ?? '')) {
      const areas = askCanned(CANNED.areas, language);
      if (areas.kind === 'focus-areas') return areas;
    }
    return undefined;
  }

  /** "mellan vilka?", "together with whom?" after a passage naming two parties ("… som Polismyndigheten och kommunen har på varandra"): that passage. */
  function betweenWhom({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.sectionId && BETWEEN_WHOM.test(folded)) {
      const quoted = quotedBefore(previous);
      const twoSides = /\b\p{L}+ och \p{L}+ (har|ska|skall)\b|\bmellan \p{L}+|\p{L}*(forvaltning|polis|kommun|stad|omraden)\p{L}* och \p{L}*(forvaltning|polis|kommun|stad|omraden)\p{L}*/u;
      if (quoted && twoSides.test(quoted.folded)) return passageAnswer([quoted], language);
    }
    return undefined;
  }

  /** "which administrations should work with the police there?" after a passage naming them: that passage. */
  function administrationsNamed({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const kindAsked = /\b(vilka|vilken|which|what) (\w+ )?(forvaltning\w*|administrations?|departments?|agencies)\b/.test(folded);
    // Only a passage that names them answers; asked which ones will be added or involved more, none is named.
    const namingQuote = previous?.sectionId && kindAsked && !/\b(specific\w*|specifik\w*|exakt\w*|exactly|added|mer|more)\b/.test(folded) && !STEERING_GROUP_SEATS.test(folded) ? quotedBefore(previous) : undefined;
    if (namingQuote && /(social|utbildning)\S*forvaltning/.test(namingQuote.folded)) return passageAnswer([namingQuote], language);
    return undefined;
  }

  /** "what goal exactly?", "a tool to reach what?", "vilket mål då?": the sentence of that section that names the goal. */
  function goalNamed({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && previous.sectionId && GOAL_ASK.test(folded)) {
      const quoted = quotedBefore(previous);
      const section = sentenceSearch.sentencesOf(previous.agreementId, previous.sectionId);
      const at = quoted?.position ?? 0;
      const goal = section.filter((sentence) => /\b(mal|malet|malsattning\w*|sikte)\b/.test(sentence.folded)).sort((a, b) => Math.abs(a.position - at) - Math.abs(b.position - at))[0];
      if (goal) return passageAnswer([goal], language);
    }
    return undefined;
  }

  /** "vem sa det?" after a passage from a document nobody is quoted in: the people behind it. */
  function peopleBehindPassage({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind === 'passage' && !previous.person && previous.agreementId && previous.sectionId && WHO_SAID_IT.test(folded.replace(/\b(sa|sade) (det|detta)\b/, 'sa det'))) {
      const quoted = quotedBefore(previous);
      const behind = quoted ? sourceOf(quoted, language) : undefined;
      if (behind) return behind;
    }
    return undefined;
  }

  /** "in what way?", "hur då?": the passage just quoted, with what follows it. */
  function inWhatWay({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.sectionId && ELABORATE.test(folded)) {
      const quoted = quotedBefore(previous);
      const next = quoted && sentenceSearch.sentencesOf(quoted.citation.agreementId, quoted.citation.sectionId)[quoted.position + 1];
      if (quoted) return passageAnswer(next ? [quoted, next] : [quoted], language);
    }
    return undefined;
  }

  /** "2015, is that right?", "hon e M va?": a check of what was just said; the claim is answered as a question, else the previous answer is shown again. */
  function claimChecked({ text, folded, language, previous }: FollowUpTurn): Answer | undefined {
    const claim = CONFIRMATION.test(folded) ? text.replace(CONFIRMATION_TAG, '').replace(/^\W*(så|sa|so)\s+/i, '').trim() : undefined;
    if (previous && claim !== undefined && claim !== text) {
      const checked = claim.split(/\s+/).filter(Boolean).length >= 2 ? answerInContext(claim, language, previous) : undefined;
      if (checked && checked.kind !== 'no-answer') return checked;
      const again = answerAlone(previous.question, language);
      if (again.kind !== 'no-answer') return again;
    }
    return undefined;
  }

  /** "första avtalet skrevs 2016 va?", "the first agreement was signed in 2014, wasn't it?": the year it was signed. */
  function firstSignedYear({ folded, language }: FollowUpTurn): Answer | undefined {
    if (FIRST_AGREEMENT.test(folded) && /\b(19|20)\d\d\b/.test(folded) && !WHO.test(folded) && !/\b(vilk\w*|which|what|when|nar|datum|dag|date|day|manad|month|exakt|exact)\b/.test(folded) && (/\b(skrevs|skrev|signed|signerades|tecknades|undertecknades|paskrivet|kom)\b/.test(folded) || /^\W*(is|was|ar|var|e)\b.*\b(from|fran)\b/.test(folded))) {
      const first = askCanned(CANNED.firstSigned, language);
      if (first.kind === 'fact') return first;
    }
    return undefined;
  }

  /** "sedan när har de haft avtal?", "since when have they had an agreement?": since the first one, 2015. */
  function sinceWhen({ folded, language }: FollowUpTurn): Answer | undefined {
    if (/\b(sedan|sen) nar\b|\bsince when\b|\bhur lange har\b.*\bhaft\b|\bhow long have\b.*\bhad\b|\b(nar|when) (borjade|startade|began|started|did \w+ (start|begin))\b(?!.*\b(arbete\w*|work|nya|nytt|new)\b)/.test(folded) && /\b(avtal\w*|agreements?|overenskommels\w*|samverkan\w*|samarbet\w*|cooperat\w*|deal)\b/.test(folded)) {
      const first = askCanned(CANNED.firstSigned, language);
      if (first.kind === 'fact') return first;
    }
    return undefined;
  }

  /** "and the old one?", "when does the old one end?" after the new agreement's validity: the current one's. */
  function oldAgreementValidity({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if ((previous?.kind === 'agreement-validity' || (previous && VALIDITY.test(foldText(previous.question)))) && /\b(old|gamla|forra|nuvarande|current|existing|befintliga|today'?s|dagens)( one| agreement| avtalet| deal)?\b/.test(folded) && !/\b(forsta|first|signed|skrevs|undertecknades)\b/.test(folded)) {
      const current = askCanned(CANNED.currentValidity, language);
      if (current.kind === 'agreement-validity') return current;
    }
    return undefined;
  }

  /** "när var det första?", "och det förra, när kom det?" after a question about the agreements: the first agreement. */
  function firstAgreement({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous && /\b(forsta|first|forra|previous one|old one)\b/.test(folded) && !FIRST_AGREEMENT.test(folded) && /\b(avtal\w*|agreements?|overenskommels\w*|forslag\w*|proposal|ordningen|order)\b/.test(foldText(previous.question))) {
      return answerInContext(folded.replace(/\b(forsta|first|forra|previous|old)( one)?\b/, (word) => (/^(first|previous|old)/.test(word) ? 'first agreement' : 'forsta avtalet')), language, previous);
    }
    return undefined;
  }

  /** "when does that end?" after the mandate period: the documents never say. */
  function mandateEnd({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous && /\bmandatperiod\w*|\bmandate period\b/.test(foldText(previous.question)) && /\b(nar|when)\b/.test(folded) && /\b(end|ends|slutar|tar slut|ut|over)\b/.test(folded) && POINTS_BACK.test(folded)) return { kind: 'no-answer', language, reason: 'not-stated' };
    return undefined;
  }

  /** "is that in the statement or the press release?": the passage just given, cited again. */
  function whichDocument({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.agreementId && previous.sectionId && WHICH_DOCUMENT.test(folded) ? quoteAgain(previous, language) : undefined;
  }

  /** "which parties?" after the signatories, "mer?" after the areas: that answer again, which holds it. */
  function partiesOrAreasAgain({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if ((previous?.kind === 'fact' && /^\W*(and |och )?(which|what|vilka) (parties|partier)( (are|were) (they|those) (from|in)| (tillhor|representerar) (de|dom)| (ar|var) (de|dom) (fran|med i))?\W*$/.test(folded)) || (previous?.kind === 'focus-areas' && WHAT_ELSE.test(folded))) {
      const again = answerAlone(previous.question, language);
      // After another fact ("ks-nr?" then "vilka partier?"), the parties behind the statement.
      const parties = again.kind === 'fact' && again.fact !== 'authors' && again.fact !== 'parties' && previous.kind === 'fact' ? askCanned(CANNED.parties, language) : again;
      if (parties.kind !== 'no-answer') return parties;
    }
    return undefined;
  }

  /** "vilka då?", "which ones?" after a passage naming kinds: the areas are listed; named bodies, companies or administrations are not. */
  function whichOnes({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && previous.sectionId && /^\W*(och |o |and )?(vilka( da)?|vilka (e|ar) det( da)?|which ones?|which|like what|such as|som vad)\W*$/.test(folded)) {
      const quoted = quotedBefore(previous);
      // Asked after administrations ("will the central administrations be involved?"), the ones meant are never named.
      if (/\b(\w*forvaltning\w*|administrations?|departments?|namnder|bolag|companies|boards?)\b/.test(foldText(previous.question))) return { kind: 'no-answer', language, reason: 'not-stated' };
      if (quoted && /\bomraden\b/.test(quoted.folded)) {
        const areas = askCanned(CANNED.areas, language);
        if (areas.kind === 'focus-areas') return areas;
      }
      if (quoted && /\b(\w*forvaltning\w*|namnder|bolag|stadsdel\w*|lokalpolisomrade\w*)\b/.test(quoted.folded) && !/\bomraden\b/.test(quoted.folded)) return { kind: 'no-answer', language, reason: 'not-stated' };
    }
    return undefined;
  }

  /** "och sen?" after the current agreement's validity: the new one's. */
  function afterCurrentValidity({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind === 'agreement-validity' && /^\W*(och |o |and |ok,? |so )?((vad hander|what happens|what comes|what(?:'?s| is) the plan|vad ar planen) )?(sen|sedan|then|after that|efter det|darefter|what then|and then|next)( da)?\W*$|^\W*(och |and |so )?(then what|what then|what(?:'?s| is) next)\W*$/.test(folded)) {
      const next = askCanned(CANNED.newValidity, language);
      if (next.kind === 'agreement-validity') return next;
    }
    return undefined;
  }

  /** "and this one is number what?", "och det nya blir nummer?" after the first agreement: which agreement in order. */
  function agreementInOrder({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous && /\b(number|nummer|nr)\b/.test(folded) && !/\b(telefon\w*|phone|press\w*|ring\w*|call|kontakt\w*|contact|diarie\w*|case|ks|arende\w*|dnr|moderat\w*|polis\w*|police|parti\w*|party)\b/.test(folded) && /\b(forsta|first|avtal\w*|agreements?|forslag\w*|proposal|2015|ordningen|order|nya|new)\b/.test(foldText(previous.question) + ' ' + folded)) {
      const order = askCanned(CANNED.order, language);
      if (order.kind === 'fact') return order;
    }
    return undefined;
  }

  /** "what year is that?" after the new agreement's validity: the end of the mandate period is not dated. */
  function yearOfNewValidity({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind === 'agreement-validity' && previous.agreementId === cityWide?.id && /\b(what|which|vilket) (year|ar)\b/.test(folded)) return { kind: 'no-answer', language, reason: 'not-stated' };
    return undefined;
  }

  /** "the others?", "och de andra?" after one of the signatories: the rest of them. */
  function otherSignatories({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind === 'fact' && /^\W*(and |och |o )?(the others|others|de andra|dom andra|resten|the rest)\W*$/.test(folded)) {
      const others = askCanned(CANNED.otherAuthors, language);
      if (others.kind === 'fact') return others;
    }
    return undefined;
  }

  /** "what else?", "vilka andra?" after one area: the others. */
  function otherAreas({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind === 'focus-area' && (WHAT_ELSE.test(folded) || /^\W*(och |o |and )?(vilka andra|vilka fler|vilka mer|which others|what others|any others|others|which other ones|what other areas)( da| then)?\W*$/.test(folded))) {
      const areas = askCanned(CANNED.areas, language);
      if (areas.kind === 'focus-areas') return areas;
    }
    return undefined;
  }

  /** "which day?", "och vilket år?" after a fact: that fact again, which gives it. */
  function timeOfFact({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind === 'fact' && /^\W*(och |and |so )?((which|what|vilken|vilket) (day|date|year|dag|datum|ar|time|tid)|klockan|klockslag(et)?|tiden|kl|vilken tid|what time|at what time|time|dag|datum|date|day|year|ar)( da| then| was (that|it)| var (det|den))?\W*$/.test(folded)) {
      const again = answerAlone(previous.question, language);
      // After a fact that holds no time ("rubriken?" — "klockan?"): when that document came.
      const dated = again.kind === 'fact' && again.fact !== 'date' && !/\b(19|20)\d\d\b/.test(again.value.sv) && previous.agreementId ? answerAlone(askedOfDocument('när kom det?', previous.agreementId === namedDocument('uttalandet') ? 'uttalandet' : 'pressmeddelandet'), language) : again;
      if (dated.kind === 'fact') return dated;
    }
    return undefined;
  }

  /** "enligt vem?", "who says the school is key?": who stands behind the passage that says it. */
  function accordingToWhom({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const source = SOURCE_OF.exec(folded);
    if (source) {
      // After an area's overview, "who said that?" asks who brings the area up.
      const rest = source[3] || (previous?.kind === 'focus-area' ? previous.question : '');
      const restTerms = sentenceSearch.readTerms(rest);
      // Someone said it: a person's own words before a document's body, when they cover the words as well.
      const hits = restTerms.length > 0 ? sentenceSearch.search(restTerms) : [];
      const spoken = hits.find((candidate) => candidate.coverage >= MIN_COVERAGE && people.some((person) => person.sectionId === candidate.sentence.citation.sectionId && person.agreement.id === candidate.sentence.citation.agreementId));
      const hit = spoken ?? hits[0];
      const sentence = hit && hit.coverage >= MIN_COVERAGE ? hit.sentence : restTerms.length === 0 && previous ? quotedBefore(previous) : undefined;
      const behind = sentence ? sourceOf(sentence, language) : undefined;
      if (behind) return behind;
    }
    return undefined;
  }

  /** "vilka förvaltningar?" after a passage that names them ("social- och utbildningsförvaltningen"): that passage. */
  function whichBodies({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const whichNoun = WHICH_ONES.exec(folded)?.[3];
    if (previous && whichNoun) {
      const quoted = quotedBefore(previous);
      const stem = whichNoun.replace(/(arna|erna|ar|er|na|en|n|s)$/, '').slice(0, 8);
      const named = quoted && stem.length >= 5 ? quoted.folded.match(new RegExp(`\\w+${stem}\\w*`, 'g')) ?? [] : [];
      // "de stadsövergripande fackförvaltningarna" is a kind, not a name: which ones is not stated.
      if (named.length > 0 && named.every((word) => /^fack/.test(word))) return { kind: 'no-answer', language, reason: 'not-stated' };
      if (quoted && named.length > 0) return passageAnswer([quoted], language);
    }
    return undefined;
  }

  /** "and the other one?" after one of two people quoted: the other. */
  function otherPerson({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.person && previous.agreementId && OTHER_ONE.test(folded)) {
      const others = [...new Set(people.filter((person) => person.agreement.id === previous.agreementId && person.name !== previous.person && !person.author).map((person) => person.name))];
      if (others.length === 1) {
        const question = askedOf(previous.question, others[0]!);
        resolveAs(question);
        return answerOne(question, language, previous, true, true);
      }
    }
    return undefined;
  }

  /** "and the city's take?", "och polisens svar på det?" after one side's words: the previous question asked of the other side's person. */
  function otherSide({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const side = OTHER_SIDE.exec(folded)?.[1];
    if (!side || !previous?.person || !previous.agreementId) return undefined;
    const police = side.startsWith('pol');
    const speaker = people.find((person) => person.agreement.id === previous.agreementId && !person.author && person.name !== previous.person && /polis/.test(foldText(person.role?.sv ?? '')) === police);
    if (!speaker) return undefined;
    const question = askedOf(previous.question, speaker.name);
    resolveAs(question);
    return answerOne(question, language, previous, true, true);
  }

  /** "och i uttalandet?", "nej jag menade pressmeddelandet", "and the other document?": the previous question asked of that document. */
  function inNamedDocument({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    const inDocument = previous ? IN_DOCUMENT.exec(folded) : null;
    const sameIn = previous && !inDocument ? SAME_IN_DOCUMENT.exec(folded) : null;
    if (previous && (inDocument || sameIn || (previous.agreementId && OTHER_DOCUMENT_ALONE.test(folded)))) {
      const statement = namedDocument('uttalandet');
      const documentWord = inDocument ? inDocument[1] ?? inDocument[2] : sameIn?.slice(1).find(Boolean);
      const target = documentWord ? namedDocument(/^(uttalande\w*|statement|statment)$/.test(documentWord) ? 'uttalandet' : 'pressmeddelandet') : previous.agreementId === statement ? namedDocument('pressmeddelandet') : statement;
      const question = askedOfDocument(inDocument?.[3] || previous.question, target === statement ? 'uttalandet' : 'pressmeddelandet');
      const resolved = answerOne(question, language, previous, true, true);
      // "står det i pressmeddelandet också?": not when the answer comes from the other document.
      if (sameIn && (resolved.kind === 'no-answer' || !citedDocuments(resolved).includes(target))) return { kind: 'no-answer', language, reason: 'not-stated' };
      if (resolved.kind !== 'no-answer' || resolved.reason === 'not-stated') {
        resolveAs(question);
        return resolved;
      }
    }
    return undefined;
  }

  /** "and the other document's title?": the document the previous answer did not come from. */
  function otherDocument({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && OTHER_DOCUMENT.test(folded)) {
      const other = previous.agreementId === namedDocument('uttalandet') ? 'pressmeddelandet' : 'uttalandet';
      return answerInContext(folded.replace(OTHER_DOCUMENT, other), language, previous);
    }
    return undefined;
  }

  /** "who brought them up?", "vem sa det?", "name?" after someone's own words: that person. */
  function whoSaidIt({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.person && (WHO_SAID_IT.test(folded) || NAME_ASK.test(folded))) {
      const speaker = speakerOf(previous);
      const who = speaker ? whoIs(speaker, language) : undefined;
      if (who) return who;
    }
    return undefined;
  }

  /** "who should work together there?", "who should the city talk to there?" after a passage that names who: that passage. */
  function whoInPassage({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.kind !== 'passage' || !WHO.test(folded) || !POINTS_BACK.test(folded) || SAID.test(folded)) return undefined;
    const quoted = quotedBefore(previous);
    if (!quoted || !ANSWER_MARKER_OF.person.test(quoted.folded)) return undefined;
    // It asks about what the passage says: a word of the question stands in it ("work together": "samverkan").
    if (!sentenceSearch.readTerms(folded).some((term) => sentenceSearch.holds(quoted.tokens, term))) return undefined;
    // Asked who leads or answers for it, the passage must give someone that task.
    if (/\b(leda|leder|driva|driver|lead|leads|run|runs|head|heads|ansvar\w*|responsible|charge)\b/.test(folded) && !/\b(ansvar\w*|leder|leda|driver|samordnar)\b/.test(quoted.folded)) return undefined;
    return passageAnswer([quoted], language);
  }

  /** "vilka är dom?", "who are they?" after a passage: the people behind the document it comes from. */
  function whoAreThey({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    if (previous?.agreementId && WHO_ARE_THEY.test(folded)) {
      const behind = answerFact('vilka star bakom', kb, people, { language, agreementId: previous.agreementId, afterAuthors: false, quote: () => undefined });
      if (behind?.kind === 'fact') return behind;
    }
    return undefined;
  }

  /** "är det polisens nummer?", "is that the police press office?": a check of the fact just given; it is shown again, with whose it is. */
  function factChecked({ folded, language, previous }: FollowUpTurn): Answer | undefined {
    return previous?.kind === 'fact' && CHECKS_FACT.test(folded) && !/\b(one|nagon|nagot|en|ett) (for|till|at)\b/.test(folded) && !splitWords(folded).some(isNearMissWord) ? factAgain(previous, language) : undefined;
  }

  /** "C?", "och MP?": who stands behind the statement for that party. */
  function partyBehind({ folded, language }: FollowUpTurn): Answer | undefined {
    const partyWord = PARTY_ALONE.exec(folded)?.[1];
    const party = partyWord && (PARTY_LETTER_OF_ENGLISH[partyWord] ?? partyWord);
    if (party) {
      const behind = answerFact(`vem star bakom fran ${party}`, kb, people, { language, afterAuthors: false, quote: () => undefined });
      if (behind?.kind === 'fact') return behind;
    }
    return undefined;
  }

  return [
    whatElse,
    quoteInFull,
    refersTo,
    lastWords,
    wordsAhead,
    restOfWords,
    meaningOf,
    titleOfSpeaker,
    theirTitles,
    amongThem,
    factDetail,
    otherContact,
    contactOwner,
    sourceOfFact,
    sourcePassage,
    reasonGiven,
    otherwise,
    whatReplaces,
    signedAlone,
    namesAsked,
    whereWritten,
    whatFollows,
    howToGetThere,
    areaExamples,
    betweenWhom,
    administrationsNamed,
    goalNamed,
    peopleBehindPassage,
    inWhatWay,
    claimChecked,
    firstSignedYear,
    sinceWhen,
    oldAgreementValidity,
    firstAgreement,
    mandateEnd,
    whichDocument,
    partiesOrAreasAgain,
    whichOnes,
    afterCurrentValidity,
    agreementInOrder,
    yearOfNewValidity,
    otherSignatories,
    otherAreas,
    timeOfFact,
    accordingToWhom,
    whichBodies,
    otherPerson,
    otherSide,
    inNamedDocument,
    otherDocument,
    whoSaidIt,
    whoAreThey,
    whoInPassage,
    factChecked,
    partyBehind,
  ];
}

/** The documents an answer quotes or states its fact from. */
function citedDocuments(answer: Answer): Array<string | undefined> {
  switch (answer.kind) {
    case 'passage':
      return answer.passages.map((passage) => passage.citation.agreementId);
    case 'fact':
      return [answer.citation.agreementId];
    case 'focus-area':
      return [answer.source?.citation.agreementId];
    case 'agreement-validity':
      return [answer.evidence?.citation.agreementId];
    default:
      return [];
  }
}

/** Whether the previous answer was a fact asked as a contact or a number ("pressjouren, vilket nr?"). */
function afterContact(previous: QaTopic | undefined): boolean {
  return previous?.kind === 'fact' && /\b(kontakt\w*|contact|press\w*|telefon\w*|phone|nummer|numret|number|nr)\b/.test(foldText(previous.question));
}
