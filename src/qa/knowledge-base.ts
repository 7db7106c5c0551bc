import type { CuratedAnswer } from '../domain/curated-answer.ts';
import type { Agreement, District, FocusArea } from '../domain/model.ts';

/** Everything the question answerer knows about one tenant; read from the store or the data files. */
export interface KnowledgeBase {
  agreements: Agreement[];
  focusAreas: FocusArea[];
  districts: District[];
  /** Answers coordinators saved; matched ahead of retrieval. */
  curated?: CuratedAnswer[];
}
