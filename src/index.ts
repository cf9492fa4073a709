import 'reflect-metadata';
import { ConfigError, loadConfig, realUpstream } from './config.js';
import { startGateway } from './server.js';
import { announceGateway } from './startup/announceGateway.js';
import { listenOn, StartupError } from './startup/listenOn.js';
import { startEmbeddedEmulator } from './startup/startEmbeddedEmulator.js';
import { stopOnSignals } from './startup/stopOnSignals.js';
import { createLogStream } from './telemetry/createLogStream.js';

/**
 * `npm start`: the gateway, over Wix when WIX_API_KEY is set, otherwise over
 * the embedded emulator.
 */
async function main(): Promise<void> {
  const settings = loadConfig(process.env);
  // The SDK is loaded only when OTEL_* turns tracing on.
  const { tracing: tracingConfig } = settings.telemetry;
  const tracing = tracingConfig.enabled
    ? (await import('./telemetry/startTracing.js')).startTracing(tracingConfig)
    : undefined;
  const real = realUpstream(settings);
  const emulator = real ? undefined : await startEmbeddedEmulator(settings);
  if (emulator) console.log(`Wix emulator (no WIX_API_KEY set) on ${emulator.url}`);
  const config = real ?? emulator!.config;

  const logStream = createLogStream({ bufferBytes: config.telemetry.logBufferBytes });
  const { metricsPort } = config.telemetry;
  const ports = {
    PORT: config.http.port,
    ...(metricsPort !== undefined && { METRICS_PORT: metricsPort }),
  };
  const gateway = await listenOn(ports, () =>
    startGateway(config, { tracer: tracing?.tracer, logStream }),
  );
  announceGateway(config, gateway);

  stopOnSignals(config.http.shutdownTimeoutMs, async (remainingMs) => {
    await gateway.stop();
    await tracing?.shutdown();
    await emulator?.stop();
    const unwritten = await logStream.close(remainingMs());
    if (unwritten > 0) {
      console.error(
        `${unwritten} bytes of log lines left unwritten: stdout did not take them in time`,
      );
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof StartupError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
