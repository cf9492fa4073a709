/**
 * `npm run emulator`: runs the emulator until interrupted.
 * WIX_EMULATOR_PORT (default 4010), WIX_EMULATOR_HOST (default 127.0.0.1),
 * WIX_EMULATOR_STATE (optional JSON persistence file),
 * WIX_EMULATOR_ACTIVATION_DELAY_MS (default 1000),
 * WIX_EMULATOR_IDEMPOTENCY (`replay` or `ignore`, default `replay`),
 * WIX_EMULATOR_ADMIN_TOKEN (optional bearer token of the /_emulator/* routes).
 */
import { idempotencyModeFromEnv } from './idempotency.js';
import { SEED_IDS } from './seed.js';
import { DEFAULT_API_KEY, DEFAULT_ACTIVATION_DELAY_MS, startEmulator } from './startEmulator.js';
import { WIX_ENDPOINTS } from '../wix-api/endpoints.js';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  }
  return value;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({
    port: intFromEnv('WIX_EMULATOR_PORT', 4010),
    host: process.env.WIX_EMULATOR_HOST || '127.0.0.1',
    statePath: process.env.WIX_EMULATOR_STATE || undefined,
    adminToken: process.env.WIX_EMULATOR_ADMIN_TOKEN || undefined,
    activationDelayMs: intFromEnv('WIX_EMULATOR_ACTIVATION_DELAY_MS', DEFAULT_ACTIVATION_DELAY_MS),
    idempotency: idempotencyModeFromEnv(process.env),
  });
  const out = process.stdout;
  out.write(`Wix REST API emulator listening on ${emulator.url}\n`);
  out.write(`API key (send raw in Authorization): ${DEFAULT_API_KEY}\n`);
  out.write(`Reseller account (wix-account-id):    ${SEED_IDS.accounts.reseller}\n`);
  out.write(`Idempotency keys: ${emulator.idempotency}\n`);
  if (process.env.WIX_EMULATOR_STATE) out.write(`State file: ${process.env.WIX_EMULATOR_STATE}\n`);
  out.write(`\nTry:\n  curl -s -X POST ${emulator.url}${WIX_ENDPOINTS.querySites.path} \\\n`);
  out.write(`    -H 'Authorization: ${DEFAULT_API_KEY}' \\\n`);
  out.write(`    -H 'wix-account-id: ${SEED_IDS.accounts.reseller}' \\\n`);
  out.write(`    -H 'Content-Type: application/json' \\\n`);
  out.write(`    -d '{"query": {"cursorPaging": {"limit": 5}}}'\n`);

  const shutdown = () => {
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`wix-emulator failed to start: ${String(error)}\n`);
  process.exit(1);
});
