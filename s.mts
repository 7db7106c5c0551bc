import { createQuestionAnswerer } from './src/qa/answer-questions.ts';
import { loadKnowledgeBaseFromFiles } from './src/qa/load-knowledge-base.ts';
const qa = createQuestionAnswerer(await loadKnowledgeBaseFromFiles());
const search = (qa as any);
for (const q of process.argv.slice(2)) { const a = qa.answer(q, { now: new Date('2026-11-18T10:00:00+01:00') }); console.log(q, '→', JSON.stringify(a).slice(0, 300)); }
