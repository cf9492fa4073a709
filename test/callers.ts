/**
 * Callers' bearer tokens for access-control tests: pass `{ env: { GATEWAY_TOKENS } }`
 * to useGateway, then send `authorization: Bearer <token>`.
 */
import { createHash } from 'node:crypto';
import { ACCOUNTS } from './harness.js';

export const RESELLER_TOKEN = 'reseller-team-token-0123456789abcdef';
export const CUSTOMER_A_TOKEN = 'customer-a-frontend-token-0123456789';
/** Configured by its SHA-256 only: the configuration need not hold the secret. */
export const CUSTOMER_B_TOKEN = 'customer-b-frontend-token-9876543210';

/** Two customer accounts, not the reseller's: it has no default account. */
export const CUSTOMERS_A_C_TOKEN = 'customers-a-and-c-token-0123456789ab';

export const GATEWAY_TOKENS = JSON.stringify({
  [RESELLER_TOKEN]: { name: 'agency team', accounts: '*' },
  [CUSTOMER_A_TOKEN]: { name: 'customer A app', accounts: [ACCOUNTS.customerA] },
  [`sha256:${createHash('sha256').update(CUSTOMER_B_TOKEN).digest('hex')}`]: {
    name: 'customer B app',
    accounts: [ACCOUNTS.customerB.toUpperCase()],
  },
  [CUSTOMERS_A_C_TOKEN]: {
    name: 'customers A and C',
    accounts: [ACCOUNTS.customerA, ACCOUNTS.customerC],
  },
});
