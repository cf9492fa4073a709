import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { callerAuthenticationWarning } from './security/createAuthenticator.js';
import { startGateway, type ResolvedConfig } from './server.js';

/**
 * `npm start`: the gateway, over Wix when WIX_API_KEY is set, otherwise over
 * the embedded emulator (the only gateway module that imports it).
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // The SDK is loaded only when OTEL_* turns tracing on.
  const tracing = config.tracing.enabled
    ? (await import('./telemetry/startTracing.js')).startTracing(config.tracing)
    : undefined;
  let stopEmulator: (() => Promise<void>) | undefined;
  let resolved: ResolvedConfig;

  if (config.wixApiKey && config.wixAccountId) {
    resolved = { ...config, wixApiKey: config.wixApiKey, wixAccountId: config.wixAccountId };
  } else {
    const { startEmulator, DEFAULT_API_KEY, SEED_IDS } = await import('./emulator/index.js');
    const emulator = await startEmulator({ port: config.emulatorPort, host: '127.0.0.1' });
    stopEmulator = emulator.stop;
    resolved = {
      ...config,
      wixApiBaseUrl: emulator.url,
      wixApiKey: DEFAULT_API_KEY,
      wixAccountId: config.wixAccountId ?? SEED_IDS.accounts.reseller,
    };
    console.log(`Wix emulator (no WIX_API_KEY set) on ${emulator.url}`);
  }

  const gateway = await startGateway(Object.freeze(resolved), { tracer: tracing?.tracer });
  console.log(`GraphQL gateway on ${gateway.url} (reseller account ${resolved.wixAccountId})`);
  if (tracing) {
    console.log(
      `OpenTelemetry tracing on (${config.tracing.exporter} exporter, service ${config.tracing.serviceName})`,
    );
  }
  const authWarning = callerAuthenticationWarning(config);
  if (authWarning) console.warn(authWarning);
  if (config.sandbox) console.log(`Apollo Sandbox: open ${gateway.url} in a browser`);
  if (config.graphiql)
    console.log(`GraphiQL (offline): ${gateway.url.replace(/\/graphql$/, '/graphiql')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting without waiting for in-flight requests`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: draining in-flight requests (up to ${config.shutdownTimeoutMs} ms)`);
    await gateway.stop();
    await tracing?.shutdown();
    await stopEmulator?.();
    console.log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
