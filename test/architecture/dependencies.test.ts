import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

// Paths are relative to the repository root, where vitest runs (as `npm run check:deps` does).
const CONFIG = './.dependency-cruiser.cjs';
const FOLDERS = ['bot', 'cards', 'src', 'scripts', 'tab/src'];

/** Cruises `paths` with the project's rules, as the depcruise CLI does, and returns the violations. */
async function violationsIn(paths: string[]): Promise<IViolation[]> {
  const options = await extractDepcruiseOptions(CONFIG);
  const { output } = await cruise(paths, options, {}, { tsConfig: extractTSConfig('tsconfig.json') });
  return (output as ICruiseResult).summary.violations;
}

/** One line per violation: the rule, and the import (or the cycle) that breaks it. */
const describeViolation = (violation: IViolation) =>
  `${violation.rule.name}: ${violation.from} → ${violation.cycle?.length ? violation.cycle.map((step) => step.name).join(' → ') : violation.to}`;

describe('the layers of DESIGN.md (dependency-cruiser, .dependency-cruiser.cjs)', () => {
  it('bot, cards, src, scripts and tab/src break none of the dependency rules', async () => {
    const violations = await violationsIn(FOLDERS);
    expect(violations.map(describeViolation), `dependency rule violations:\n${violations.map(describeViolation).join('\n')}`).toEqual([]);
  }, 120_000);

  it('reports an import cycle (the check can fail)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'samverkan-depcruise-'));
    try {
      await writeFile(join(dir, 'first.ts'), "import { second } from './second.ts';\nexport const first = () => second();\n");
      await writeFile(join(dir, 'second.ts'), "import { first } from './first.ts';\nexport const second = (): number => (first ? 1 : 0);\n");
      const violations = await violationsIn([dir]);
      expect(violations.map((violation) => violation.rule.name)).toContain('no-circular');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
