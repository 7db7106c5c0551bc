/**
 * Telemetry through Azure Monitor (Application Insights) with OpenTelemetry: on only when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set; otherwise nothing is loaded and the metric helpers
 * (telemetry-metrics.ts) and the log mixin (logger.ts) stay no-ops.
 *
 * It must run before the modules it instruments load (ESM cannot be patched afterwards), so the
 * production entry point (start-production.ts) awaits it and only then imports the app.
 * What it records: incoming HTTP requests (App Insights "requests"), outgoing HTTP calls and Azure
 * SDK operations, i.e. Cosmos DB and the Bot Connector ("dependencies"), the app's counters
 * ("customMetrics"), and trace ids in every log line written during a request.
 */

export interface Telemetry {
  enabled: boolean;
  /** Sends what is buffered and stops; call it last at shutdown. */
  shutdown(): Promise<void>;
}

/** Health probes arrive every minute from every instance: not worth a request record each. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz']);

export async function startTelemetry(env: Record<string, string | undefined>): Promise<Telemetry> {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim();
  if (!connectionString) return { enabled: false, shutdown: async () => {} };
  // The role name shown in Application Insights' application map.
  process.env.OTEL_SERVICE_NAME ??= 'samverkan';
  // The distro prints Azure SDK warnings to stderr by default, e.g. every expected 409 of a
  // create-if-missing at start; errors are enough (set WARN or VERBOSE to look closer).
  process.env.APPLICATIONINSIGHTS_INSTRUMENTATION_LOGGING_LEVEL ??= 'ERROR';
  // Registers OpenTelemetry's ESM loader hooks (import-in-the-middle) for modules loaded from now on.
  await import('@azure/monitor-opentelemetry/loader');
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    instrumentationOptions: {
      http: {
        enabled: true,
        ignoreIncomingRequestHook: (request: { url?: string }) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? ''),
      } as { enabled: boolean },
      // Cosmos DB operations as dependencies with their own names (the HTTP calls are traced anyway).
      azureSdk: { enabled: true },
    },
    enableLiveMetrics: env.APPLICATIONINSIGHTS_LIVE_METRICS !== '0',
  });
  return { enabled: true, shutdown: () => shutdownAzureMonitor() };
}
