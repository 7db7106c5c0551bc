/**
 * The production entry point (`node dist/main.js` imports this). Telemetry starts first, when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set, so its instrumentation hooks are in place before
 * the app's modules (http, express, the Cosmos SDK) are loaded by the dynamic import below.
 */
import { startTelemetry } from './telemetry.ts';

// SIGTERM/SIGINT listeners added after Azure Monitor has started were never called (Node 20;
// test/deploy/container.test.ts): listening from before it keeps them working. Until main()
// adds its own, this one ends the process as the default action would.
for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) process.exit(code);
  });
}
const telemetry = await startTelemetry(process.env);
const { main } = await import('./main.ts');
// The last telemetry (the shutdown's own requests and logs) is sent before the process exits.
await main({
  onStopped: () =>
    telemetry.shutdown().catch((error: unknown) => {
      // Telemetry is best effort: a failed last flush is reported, and the stop still counts as clean.
      process.stderr.write(`telemetry: the last flush failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }),
}).catch((error: unknown) => {
  process.stderr.write(`Samverkan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
