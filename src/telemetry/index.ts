export { createLogStream, type LogStream } from './createLogStream.js';
export { GatewayMetrics, MAX_OPERATION_LABELS } from './GatewayMetrics.js';
export { REQUEST_ID_HEADER, requestIdFor } from './requestId.js';
export { registerRequestLogging } from './registerRequestLogging.js';
export { RequestTelemetry, type TelemetrySinks } from './RequestTelemetry.js';
export { telemetryPlugin } from './telemetryPlugin.js';
export { upstreamEndpoint } from './upstreamEndpoint.js';
export { UpstreamDriftLog, type DriftLogEntry } from './UpstreamDriftLog.js';
export { noteAnsweredCode, noteRefusalCodes } from './answeredErrorCodes.js';
