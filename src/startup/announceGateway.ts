import type { ResolvedConfig } from '../config.js';
import { callerAuthenticationWarning } from '../security/createAuthenticator.js';
import type { RunningGateway } from '../server.js';

/** The lines `npm start` prints once the gateway listens: where to call it and what is on. */
export function announceGateway(config: ResolvedConfig, gateway: RunningGateway): void {
  console.log(`GraphQL gateway on ${gateway.url} (reseller account ${config.upstream.accountId})`);
  if (gateway.metricsUrl) console.log(`Prometheus metrics on ${gateway.metricsUrl}`);
  const { tracing } = config.telemetry;
  if (tracing.enabled) {
    console.log(
      `OpenTelemetry tracing on (${tracing.exporter} exporter, service ${tracing.serviceName})`,
    );
  }
  const authWarning = callerAuthenticationWarning(config.auth);
  if (authWarning) console.warn(authWarning);
  if (config.explorer.sandbox) console.log(`Apollo Sandbox: open ${gateway.url} in a browser`);
  if (config.explorer.graphiql) {
    console.log(`GraphiQL (offline): ${gateway.url.replace(/\/graphql$/, '/graphiql')}`);
  }
}
