import {
  buildDistrictStatusCard,
  buildFocusAreaStatusCard,
  buildMissingReportsCard,
  buildWeekStatusCard,
} from '../cards/status-answer-card.ts';
import type { KnowledgeService } from '../src/app/knowledge-service.ts';
import { readWeekOverviews } from '../src/app/status-overview.ts';
import type { StatusService } from '../src/app/status-service.ts';
import { isWeekKey, weekKeyOf, type WeekKey } from '../src/domain/iso-week.ts';
import type { Answer } from '../src/qa/answer.ts';
import type { Repositories } from '../src/storage/create-repositories.ts';
import type { AnswerResolver } from './samverkan-bot.ts';
import { createSummaryResolver } from './resolve-summary.ts';
import { openReportForms } from './status-actions.ts';
import { planSummarySource } from '../src/app/read-plan-for-summary.ts';

/**
 * Answers whose content lives in the store rather than in the knowledge base: district status,
 * who has not reported, and the "rapportera" command. Other kinds return undefined and get the
 * knowledge-base answer card.
 */
export function createAnswerResolver(deps: {
  knowledge: KnowledgeService;
  status: StatusService;
  repositories: Pick<Repositories, 'reports' | 'planItems'>;
  now?: () => Date;
}): AnswerResolver {
  const now = deps.now ?? (() => new Date());
  const resolveSummary = createSummaryResolver({ knowledge: deps.knowledge, repositories: deps.repositories, ...planSummarySource(deps.repositories), now });
  const weekOf = (week: string | undefined): WeekKey => (week && isWeekKey(week) ? week : weekKeyOf(now()));
  const overview = async (tenantId: string, week: WeekKey) => {
    const kb = await deps.knowledge.knowledgeBase(tenantId);
    const [result] = await readWeekOverviews(deps.repositories, kb, tenantId, [week]);
    return result!;
  };
  return async (answer: Answer, turn) => {
    switch (answer.kind) {
      case 'report-command':
        return openReportForms(deps.status, turn, now());
      case 'missing-reports':
        return [buildMissingReportsCard(await overview(turn.tenantId, weekOf(answer.week)), answer.language)];
      case 'district-status': {
        const week = await overview(turn.tenantId, weekOf(answer.week));
        if (answer.districtId) return [buildDistrictStatusCard(week, answer.districtId, answer.language)];
        if (answer.focusAreaId) return [buildFocusAreaStatusCard(week, answer.focusAreaId, answer.language)];
        return [buildWeekStatusCard(week, answer.language)];
      }
      case 'summary':
        return resolveSummary(answer, turn);
      default:
        return undefined;
    }
  };
}
