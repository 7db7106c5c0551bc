/**
 * The production entry point (`node dist/main.js` imports this). Telemetry starts first, when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set, so its instrumentation hooks are in place before
 * the app's modules (http, express, the Cosmos SDK) are loaded by the dynamic import below.
 */
import { startTelemetry } from './telemetry.ts';

const telemetry = await startTelemetry(process.env);
const { main } = await import('./main.ts');
// The last telemetry (the shutdown's own requests and logs) is sent before the process exits.
await main({ onStopped: () => telemetry.shutdown() }).catch((error: unknown) => {
  process.stderr.write(`Samverkan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
