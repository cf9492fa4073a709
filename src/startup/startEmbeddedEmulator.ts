import { catalogEntry } from '../catalog/index.js';
import type { GatewayConfig, ResolvedConfig } from '../config.js';
import { withUpstream } from '../config.js';
import { listenOn } from './listenOn.js';

export interface EmbeddedEmulator {
  /** The gateway's configuration, pointed at the emulator. */
  config: ResolvedConfig;
  url: string;
  stop(): Promise<void>;
}

/**
 * The emulator the gateway runs over when no WIX_API_KEY is set (the only
 * gateway module that imports it, and only then), with the seed's reseller
 * family as the known accounts and its catalog as the product catalog,
 * unless WIX_ACCOUNTS_FILE and WIX_CATALOG_FILE name others.
 */
export async function startEmbeddedEmulator(config: GatewayConfig): Promise<EmbeddedEmulator> {
  const { startEmulator, createSeedState, DEFAULT_API_KEY, SEED_IDS } =
    await import('../emulator/index.js');
  const { emulatorPort } = config.upstream;
  const emulator = await listenOn({ WIX_EMULATOR_PORT: emulatorPort }, () =>
    startEmulator({ port: emulatorPort, host: '127.0.0.1' }),
  );
  const reseller = config.upstream.accountId ?? SEED_IDS.accounts.reseller;
  const onEmulator = withUpstream(config, {
    baseUrl: emulator.url,
    apiKey: DEFAULT_API_KEY,
    accountId: reseller,
  });
  const seed = createSeedState();
  const familyAccounts =
    config.accounts.familyAccounts ??
    seed.accounts
      .filter((a) => a.id === reseller || a.parentAccountId === reseller)
      .map(({ id, name }) => ({ id, name }));
  // The products the emulator sells, unless WIX_CATALOG_FILE names others.
  const products = config.catalog.products ?? Object.freeze(seed.catalog.map(catalogEntry));
  return {
    config: Object.freeze({
      ...onEmulator,
      accounts: Object.freeze({ ...config.accounts, familyAccounts }),
      catalog: Object.freeze({ products }),
    }),
    url: emulator.url,
    stop: emulator.stop,
  };
}
