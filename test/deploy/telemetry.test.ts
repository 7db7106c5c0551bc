import { describe, expect, it } from 'vitest';
import { startTelemetry } from '../../src/telemetry.ts';

// With the connection string, test/deploy/container.test.ts runs the production build against a
// local stand-in for Application Insights and checks requests, dependencies, metrics and trace ids.
describe('telemetry', () => {
  it('starts nothing without APPLICATIONINSIGHTS_CONNECTION_STRING (unset or blank)', async () => {
    for (const env of [{}, { APPLICATIONINSIGHTS_CONNECTION_STRING: '  ' }]) {
      const telemetry = await startTelemetry(env);
      expect(telemetry.enabled).toBe(false);
      await telemetry.shutdown();
    }
    // Nothing registered a global tracer provider: spans are non-recording.
    const { trace } = await import('@opentelemetry/api');
    expect(trace.getTracer('x').startSpan('probe').isRecording()).toBe(false);
  });
});
