import 'reflect-metadata';
import {
  ConfigError,
  loadConfig,
  realUpstream,
  withUpstream,
  type ResolvedConfig,
} from './config.js';
import { callerAuthenticationWarning } from './security/createAuthenticator.js';
import { startGateway } from './server.js';
import { createLogStream } from './telemetry/createLogStream.js';

/** How long past SHUTDOWN_TIMEOUT_MS the process may take to close before it exits anyway. */
const EXIT_GRACE_MS = 500;

/** A start-up failure an operator fixes from its one-line message (no stack trace). */
class StartupError extends Error {}

/**
 * Runs `listen`, turning a port that cannot be had into a StartupError naming
 * its variable: of `ports` (variable → port), the one the error names.
 */
async function listenOn<T>(ports: Record<string, number>, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    const { code, port: failed } = error as NodeJS.ErrnoException & { port?: number };
    const [variable, port] =
      Object.entries(ports).find(([, p]) => p === failed) ?? Object.entries(ports)[0];
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `${variable}=${port}: the port is already in use (another gateway or emulator running?); stop it or set ${variable} to a free port`,
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(
        `${variable}=${port}: no permission to listen on this port; set ${variable} to a port from 1024 up`,
      );
    }
    throw error;
  }
}

/**
 * `npm start`: the gateway, over Wix when WIX_API_KEY is set, otherwise over
 * the embedded emulator (the only gateway module that imports it).
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // The SDK is loaded only when OTEL_* turns tracing on.
  const { tracing: tracingConfig } = config.telemetry;
  const tracing = tracingConfig.enabled
    ? (await import('./telemetry/startTracing.js')).startTracing(tracingConfig)
    : undefined;
  let stopEmulator: (() => Promise<void>) | undefined;
  let resolved: ResolvedConfig | undefined = realUpstream(config);

  if (!resolved) {
    const { startEmulator, createSeedState, DEFAULT_API_KEY, SEED_IDS } =
      await import('./emulator/index.js');
    const { emulatorPort } = config.upstream;
    const emulator = await listenOn({ WIX_EMULATOR_PORT: emulatorPort }, () =>
      startEmulator({ port: emulatorPort, host: '127.0.0.1' }),
    );
    stopEmulator = emulator.stop;
    const reseller = config.upstream.accountId ?? SEED_IDS.accounts.reseller;
    const onEmulator = withUpstream(config, {
      baseUrl: emulator.url,
      apiKey: DEFAULT_API_KEY,
      accountId: reseller,
    });
    resolved = Object.freeze({
      ...onEmulator,
      // The seed's family, named, unless WIX_ACCOUNTS_FILE says otherwise.
      accounts: Object.freeze({
        ...config.accounts,
        familyAccounts:
          config.accounts.familyAccounts ??
          createSeedState()
            .accounts.filter((a) => a.id === reseller || a.parentAccountId === reseller)
            .map(({ id, name }) => ({ id, name })),
      }),
    });
    console.log(`Wix emulator (no WIX_API_KEY set) on ${emulator.url}`);
  }

  const logStream = createLogStream({ bufferBytes: config.telemetry.logBufferBytes });
  const gatewayConfig = resolved;
  const { metricsPort } = config.telemetry;
  const ports = {
    PORT: config.http.port,
    ...(metricsPort !== undefined && { METRICS_PORT: metricsPort }),
  };
  const gateway = await listenOn(ports, () =>
    startGateway(gatewayConfig, { tracer: tracing?.tracer, logStream }),
  );
  console.log(
    `GraphQL gateway on ${gateway.url} (reseller account ${gatewayConfig.upstream.accountId})`,
  );
  if (gateway.metricsUrl) console.log(`Prometheus metrics on ${gateway.metricsUrl}`);
  if (tracing) {
    console.log(
      `OpenTelemetry tracing on (${tracingConfig.exporter} exporter, service ${tracingConfig.serviceName})`,
    );
  }
  const authWarning = callerAuthenticationWarning(config.auth);
  if (authWarning) console.warn(authWarning);
  if (config.explorer.sandbox) console.log(`Apollo Sandbox: open ${gateway.url} in a browser`);
  if (config.explorer.graphiql)
    console.log(`GraphiQL (offline): ${gateway.url.replace(/\/graphql$/, '/graphiql')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting now, without waiting for requests or log lines`);
      process.exit(1);
    }
    stopping = true;
    const deadline = Date.now() + config.http.shutdownTimeoutMs;
    // Whatever still holds the shutdown then (a hung trace export, say) does not hold the exit.
    setTimeout(() => {
      console.error(`shutdown did not finish within SHUTDOWN_TIMEOUT_MS: exiting anyway`);
      process.exit(1);
    }, config.http.shutdownTimeoutMs + EXIT_GRACE_MS).unref();
    console.log(
      `${signal}: draining in-flight requests (up to ${config.http.shutdownTimeoutMs} ms)`,
    );
    await gateway.stop();
    await tracing?.shutdown();
    await stopEmulator?.();
    const unwritten = await logStream.close(deadline - Date.now());
    if (unwritten > 0) {
      console.error(
        `${unwritten} bytes of log lines left unwritten: stdout did not take them in time`,
      );
    }
    console.log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof StartupError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
