/**
 * Reads the Dockerfile into stages of instructions, for the tests that reproduce the image
 * without a Docker engine (container.test.ts) and check its settings. Only what the Dockerfile
 * uses is understood: ARG, FROM … AS, WORKDIR, ENV, COPY [--from], RUN, USER, EXPOSE,
 * HEALTHCHECK, ENTRYPOINT, CMD; anything else fails the test, so the reproduction cannot fall
 * behind the Dockerfile silently.
 */
export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

const KNOWN = new Set(['ARG', 'FROM', 'WORKDIR', 'ENV', 'COPY', 'RUN', 'USER', 'EXPOSE', 'HEALTHCHECK', 'ENTRYPOINT', 'CMD']);

export function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (!KNOWN.has(upper)) throw new Error(`The container reproduction does not understand "${keyword}" in the Dockerfile; teach test/deploy/dockerfile.ts.`);
    if (upper === 'ARG' && stages.length === 0) {
      const [name = '', value = ''] = rest.split('=');
      args.set(name, value);
      continue;
    }
    if (upper === 'FROM') {
      const [, image = '', name = ''] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      stages.push({ name: name || String(stages.length), image: image.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => args.get(a ?? b) ?? ''), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`"${keyword}" before the first FROM`);
    stage.instructions.push({ keyword: upper, args: rest });
  }
  return stages;
}

/** `ENV A=1 B="two"` → { A: '1', B: 'two' } */
export function parseEnv(args: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of args.matchAll(/(\w+)=("([^"]*)"|\S*)/g)) env[match[1]!] = match[3] ?? match[2]!;
  return env;
}

/** The JSON (exec) form of CMD, ENTRYPOINT and HEALTHCHECK CMD. */
export function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) throw new Error(`Not the exec form: ${args}`);
  return parsed;
}

/** `COPY [--from=stage] src… dest` */
export function parseCopy(args: string): { from?: string; sources: string[]; destination: string } {
  const parts = args.split(/\s+/);
  const from = parts[0]?.startsWith('--from=') ? parts.shift()!.slice('--from='.length) : undefined;
  const destination = parts.pop()!;
  return { ...(from ? { from } : {}), sources: parts, destination };
}
