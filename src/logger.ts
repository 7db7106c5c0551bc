import { trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout, one object a line. A line written while a request or job is
 * traced (telemetry on) carries its `trace_id` and `span_id`, so it can be found from the request
 * in Application Insights and the other way round.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'samverkan' }, timestamp: pino.stdTimeFunctions.isoTime, mixin: traceContext });
}

function traceContext(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? { trace_id: context.traceId, span_id: context.spanId } : {};
}
