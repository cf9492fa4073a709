import type { Tracer } from '@opentelemetry/api';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../config.js';
import type { BreakerState, UpstreamApi } from '../resilience/index.js';
import { LOG_REDACT_PATHS } from '../security/logRedaction.js';
import {
  createLogStream,
  GatewayMetrics,
  requestIdFor,
  UpstreamDriftLog,
  type LogStream,
  type TelemetrySinks,
} from '../telemetry/index.js';

export interface HttpAppOptions {
  /** Where JSON log lines go (default: stdout through a bounded buffer, see createLogStream). */
  logStream?: Pick<LogStream, 'write'> & Partial<Pick<LogStream, 'droppedLines'>>;
  /** Tracer of the operation, resolver and upstream spans; without it no span is made. */
  tracer?: Tracer;
}

/** The Fastify app with its logger, and where the gateway's telemetry goes. */
export interface HttpApp {
  readonly app: FastifyInstance;
  /** Undefined when `METRICS_ENABLED=false`. */
  readonly metrics: GatewayMetrics | undefined;
  readonly telemetry: TelemetrySinks;
}

export function createHttpApp(
  config: GatewayConfig,
  breakerStates: () => Record<UpstreamApi, BreakerState>,
  options: HttpAppOptions,
): HttpApp {
  const { telemetry: settings } = config;
  const metrics = settings.metricsEnabled ? new GatewayMetrics(breakerStates) : undefined;
  const logStream = options.logStream ?? createLogStream({ bufferBytes: settings.logBufferBytes });
  metrics?.countDroppedLogLines(logStream);
  const app = Fastify({
    logger: { level: settings.logLevel, redact: [...LOG_REDACT_PATHS], stream: logStream },
    // One line per GraphQL request comes from registerRequestLogging instead.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
    genReqId: requestIdFor,
    bodyLimit: config.limits.maxBodyBytes,
  });
  const driftLog = new UpstreamDriftLog((entry) =>
    app.log.warn({ drift: entry }, 'Wix answer departs from the documented contract'),
  );
  return { app, metrics, telemetry: { metrics, tracer: options.tracer, driftLog } };
}
