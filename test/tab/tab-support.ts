import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { buildTab } from '../../scripts/build-tab.ts';
import { PLAYGROUND_TENANT_ID } from '../../src/config.ts';
import { weekKeyOf, type WeekKey } from '../../src/domain/iso-week.ts';
import type { Decision } from '../../src/domain/decision.ts';
import type { Task } from '../../src/domain/task.ts';
import { LEVELS, TRENDS, type Level, type StatusReport, type Trend } from '../../src/domain/status-report.ts';
import { TAB_DIST_DIR } from '../../src/main.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

export const TENANT = PLAYGROUND_TENANT_ID;

const TAB_SOURCES = new URL('../../tab/', import.meta.url).pathname;

/** Builds the tab when dist/tab is missing (as `npm start` does) or older than a file of tab/. */
export async function ensureTabBuilt(): Promise<void> {
  const built = `${TAB_DIST_DIR}index.html`;
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sources = (readdirSync(TAB_SOURCES, { recursive: true }) as string[]).map((file) => join(TAB_SOURCES, file));
  if (builtAt === 0 || sources.some((file) => statSync(file).mtimeMs > builtAt)) await buildTab({ quiet: true });
}

/** The real app in local mode (dev host on), on a free port with a fresh store. */
export const startLocalApp = (): Promise<TestApp> => startTestApp();

/** DEMO DATA: a report with the given level and trend per focus area, a comment on each. */
export function demoReport(districtId: string, week: WeekKey, entries: Array<{ focusAreaId: string; level: Level; trend: Trend }>, overallComment = ''): StatusReport {
  return {
    tenantId: TENANT,
    id: `${districtId}:${week}`,
    type: 'status-report',
    districtId,
    week,
    current: 1,
    revisions: [
      {
        revision: 1,
        submittedBy: { aadObjectId: 'demo-contact', name: 'Demokontakt' },
        submittedAt: new Date().toISOString(),
        late: false,
        basedOn: 0,
        priorityComment: '',
        overallComment,
        entries: entries.map((entry) => ({ ...entry, comment: `Demokommentar ${entry.level} ${entry.focusAreaId} (${districtId})` })),
      },
    ],
  };
}

/** Deterministic varied entries: district i, area j → a level and a trend that differ across the grid. */
export function variedEntries(focusAreaIds: string[], seed: number) {
  return focusAreaIds.map((focusAreaId, j) => ({ focusAreaId, level: LEVELS[(seed + j) % LEVELS.length]!, trend: TRENDS[(seed * 2 + j) % TRENDS.length]! }));
}

export const currentWeek = (): WeekKey => weekKeyOf(new Date());

/** The tab's frame inside the dev host page, once it has joined the host and shown the tabs. */
export async function tabFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#tab');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the dev host has no tab frame');
  await frame.waitForSelector('[role="tablist"]', { timeout: 30_000 });
  return frame;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * axe-core's own source injected into the frame, run there; the serious and critical violations.
 * Fluent's focus manager (tabster) places focusable `aria-hidden` guard elements
 * (`i[data-tabster-dummy]`) at the edges of groups, by design: they pass focus on at once and are
 * never read. axe reports them as aria-hidden-focus, so they are left out of the check; nothing else is.
 */
export async function axeViolations(frame: Frame): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** DEMO DATA: an open task of the action plan. */
export function demoTask(number: number, fields: { title: string; owner: string; status: Task['status']; dueDate: string; dueWeek: WeekKey; districtId?: string; focusAreaId: string }): Task {
  const at = new Date().toISOString();
  const by = { aadObjectId: 'demo-steering', name: 'Demoledamot' };
  return {
    tenantId: TENANT,
    id: `t-${String(number).padStart(4, '0')}`,
    type: 'task',
    number,
    title: fields.title,
    focusAreaId: fields.focusAreaId,
    ...(fields.districtId ? { districtId: fields.districtId } : {}),
    owner: { name: fields.owner, kind: 'forvaltning' },
    due: { date: fields.dueDate, week: fields.dueWeek, givenAs: 'date' },
    status: fields.status,
    revision: 1,
    assignmentRevision: 0,
    comments: [],
    history: [],
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    demo: true,
  };
}

/** DEMO DATA: a steering-group decision. */
export function demoDecision(number: number, text: string, anchoring: Decision['anchoring']): Decision {
  const at = new Date().toISOString();
  const by = { aadObjectId: 'demo-steering', name: 'Demoledamot' };
  return { tenantId: TENANT, id: `b-${String(number).padStart(4, '0')}`, type: 'decision', number, revision: 1, date: '2026-10-01', text, boards: ['Demonämnd'], anchoring, createdAt: at, createdBy: by, updatedAt: at, history: [], demo: true };
}
