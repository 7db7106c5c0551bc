/**
 * What `atk deploy` (m365agents.yml) zip-deploys to App Service: `npm run build`, then .deploy/
 * with dist/, package.json, package-lock.json and the production dependencies only
 * (`npm ci --omit=dev`). App Service runs `node dist/main.js` (infra/azure.bicep, appCommandLine)
 * and builds nothing itself (SCM_DO_BUILD_DURING_DEPLOYMENT=false).
 *
 * Run: `npm run package:app-service`. Build on Linux x64 (or in the container's build stage) if a
 * dependency ever gains native code; today none has.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = fileURLToPath(new URL('../.deploy/', import.meta.url));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });

npm(['run', 'build'], root);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const file of ['package.json', 'package-lock.json']) await cp(`${root}${file}`, `${out}${file}`);
await cp(`${root}dist`, `${out}dist`, { recursive: true });
npm(['ci', '--omit=dev', '--no-audit', '--no-fund'], out);
process.stdout.write(`.deploy/ ready for the zip deploy\n`);
