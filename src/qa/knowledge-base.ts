import type { Agreement, District, FocusArea } from '../domain/model.ts';

/** Everything the question answerer knows about one tenant; read from the store or the data files. */
export interface KnowledgeBase {
  agreements: Agreement[];
  focusAreas: FocusArea[];
  districts: District[];
}
