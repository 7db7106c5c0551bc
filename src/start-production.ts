/**
 * The production entry point (`node dist/main.js` imports this). Telemetry starts first, when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set, so its instrumentation hooks are in place before
 * the app's modules (http, express, the Cosmos SDK) are loaded by the dynamic import below.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startTelemetry } from './telemetry.ts';

/** The last flush gets this long: the platform kills a stopping process after about 10 s more. */
const FLUSH_DEADLINE_MS = 5_000;

const env = process.env;
const telemetry = await startTelemetry(env);
const { main } = await import('./main.ts');
// The last telemetry (the shutdown's own requests and logs) is sent before the process exits.
await main({
  env,
  onStopped: () =>
    Promise.race([
      telemetry.shutdown().catch((error: unknown) => {
        // Telemetry is best effort: a failed last flush is reported, and the stop still counts as clean.
        process.stderr.write(`telemetry: the last flush failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }),
      sleep(FLUSH_DEADLINE_MS, undefined, { ref: false }),
    ]),
}).catch((error: unknown) => {
  process.stderr.write(`Samverkan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
