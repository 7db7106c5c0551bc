/**
 * Builds the image's file system without a Docker engine: every stage of the Dockerfile in its
 * own folder, COPY as the Dockerfile says (the build context filtered by .dockerignore), RUN
 * steps mapped to what they do here. Two steps cannot be done as in the image and are stood in for:
 * - the build stage's full `npm ci`: this checkout's node_modules (the same lockfile) is linked;
 * - `apt-get install tini`: not installed (no root here); the CMD is started without it.
 * The runtime stage's `npm ci --omit=dev` is real: run once per lockfile into a folder in the
 * system temp directory and reused (the first run takes minutes, later ones none).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, matchesGlob, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseCopy, parseDockerfile, parseEnv, type Stage } from './dockerfile.ts';

const run = promisify(execFile);
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface ReproducedImage {
  stages: Stage[];
  /** The final stage's working directory on this machine. */
  appDir: string;
  env: Record<string, string>;
  workdir: string;
  /** RUN steps stood in for, not executed as in the image. */
  substituted: string[];
  remove(): Promise<void>;
}

export async function reproduceImage(): Promise<ReproducedImage> {
  const stages = parseDockerfile(await readFile(join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
  const ignored = (await readFile(join(PROJECT_ROOT, '.dockerignore'), 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const root = await mkdtemp(join(tmpdir(), 'samverkan-image-'));
  const stageDirs = new Map<string, { dir: string; workdir: string }>();
  const substituted: string[] = [];
  let env: Record<string, string> = {};
  let workdir = '/';
  let dir = root;
  for (const stage of stages) {
    const stageRoot = join(root, stage.name);
    await mkdir(stageRoot, { recursive: true });
    env = {};
    workdir = '/';
    dir = stageRoot;
    stageDirs.set(stage.name, { dir, workdir });
    for (const { keyword, args } of stage.instructions) {
      if (keyword === 'WORKDIR') {
        workdir = args;
        dir = stageRoot;
        stageDirs.set(stage.name, { dir, workdir });
      } else if (keyword === 'ENV') {
        env = { ...env, ...parseEnv(args) };
      } else if (keyword === 'COPY') {
        const { from, sources, destination } = parseCopy(args);
        const target = destination === '.' || destination.endsWith('/') ? resolve(dir, destination) : resolve(dir, destination);
        for (const source of sources) {
          if (from) {
            const other = stageDirs.get(from);
            if (!other) throw new Error(`COPY --from=${from}: no such stage`);
            await cp(join(other.dir, relative(other.workdir, source)), target, { recursive: true });
          } else {
            await copyContext(source, destination.endsWith('/') || sources.length > 1 ? join(target, source === '.' ? '' : source) : target, ignored);
          }
        }
      } else if (keyword === 'RUN') {
        await runStep(args, dir, substituted);
      }
    }
  }
  return { stages, appDir: dir, env, workdir, substituted, remove: () => rm(root, { recursive: true, force: true }) };
}

async function copyContext(source: string, target: string, ignored: string[]): Promise<void> {
  const isIgnored = (path: string) => ignored.some((pattern) => path === pattern || path.startsWith(`${pattern}/`) || matchesGlob(path, pattern));
  const from = join(PROJECT_ROOT, source);
  if (!(await stat(from)).isDirectory()) {
    await cp(from, target);
    return;
  }
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(from)) {
    const path = relative(PROJECT_ROOT, join(from, entry)).split('\\').join('/');
    if (isIgnored(path)) continue;
    await cp(join(from, entry), join(target, entry), { recursive: true, filter: (item) => !isIgnored(relative(PROJECT_ROOT, item).split('\\').join('/')) });
  }
}

async function runStep(command: string, dir: string, substituted: string[]): Promise<void> {
  for (const step of command.split('&&').map((part) => part.trim())) {
    if (/^npm ci --omit=dev\b/.test(step)) {
      await symlink(await productionInstall(), join(dir, 'node_modules'), 'dir');
    } else if (/^npm ci\b/.test(step)) {
      substituted.push(`${step} (this checkout's node_modules, same lockfile)`);
      await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    } else if (/^npm run [\w:-]+$/.test(step)) {
      await run('npm', step.split(' ').slice(1), { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    } else if (/^(apt-get|rm -rf \/var\/lib\/apt|npm cache clean)/.test(step)) {
      substituted.push(`${step} (skipped: system packages and caches)`);
    } else {
      throw new Error(`The container reproduction does not know the RUN step "${step}"; teach test/deploy/reproduce-image.ts.`);
    }
  }
}

/** `npm ci --omit=dev` in a clean folder, once per lockfile and dependency list; returns its node_modules. */
async function productionInstall(): Promise<string> {
  const lock = await readFile(join(PROJECT_ROOT, 'package-lock.json'));
  const { dependencies } = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: unknown };
  const key = createHash('sha256').update(lock).update(JSON.stringify(dependencies)).digest('hex').slice(0, 16);
  const cached = join(tmpdir(), `samverkan-prod-deps-${key}`);
  const exists = await stat(join(cached, 'node_modules')).then(() => true, () => false);
  if (!exists) {
    const work = await mkdtemp(join(tmpdir(), 'samverkan-prod-deps-tmp-'));
    await cp(join(PROJECT_ROOT, 'package-lock.json'), join(work, 'package-lock.json'));
    await cp(join(PROJECT_ROOT, 'package.json'), join(work, 'package.json'));
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: work, maxBuffer: 16 * 1024 * 1024 });
    await rename(work, cached).catch(async () => rm(work, { recursive: true, force: true })); // another run won the race
  }
  return join(cached, 'node_modules');
}
