/**
 * Account-level API-key authentication (docs/wix-api.md "Authentication and headers"): the raw key in
 * `Authorization` (no `Bearer`), the acting account in `wix-account-id`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { WIX_HEADERS } from '../wix-api/types.js';
import { WixError } from './errors.js';
import type { EmulatorState } from './state.js';
import { isGuid } from './validation.js';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/** Returns the acting account id (lower-cased) or throws the Wix error to answer with. */
export function authenticate(headers: IncomingHttpHeaders, state: EmulatorState): string {
  const key = header(headers, WIX_HEADERS.authorization);
  if (!key) throw WixError.plain(401, 'Missing Authorization header (an account-level API key)');
  if (!state.apiKeys.some((k) => k.key === key)) {
    // Deliberately no hint beyond this: the key itself is never echoed back.
    const hint = /^bearer\s/i.test(key) ? ' (send the raw key, without "Bearer")' : '';
    throw WixError.plain(401, `Invalid API key${hint}`);
  }
  const accountId = header(headers, WIX_HEADERS.accountId);
  const siteId = header(headers, WIX_HEADERS.siteId);
  if (accountId && siteId) {
    throw WixError.validation([
      {
        field: WIX_HEADERS.siteId,
        description: 'send either wix-account-id or wix-site-id, not both',
        violatedRule: 'CUSTOM',
      },
    ]);
  }
  if (!accountId) {
    throw WixError.validation([
      {
        field: WIX_HEADERS.accountId,
        description: 'header is required by account-level APIs',
        violatedRule: 'REQUIRED_FIELD',
      },
    ]);
  }
  if (!isGuid(accountId)) {
    throw WixError.validation([
      {
        field: WIX_HEADERS.accountId,
        description: `must be a GUID, got ${JSON.stringify(accountId)}`,
        violatedRule: 'FORMAT',
        data: { expected: 'GUID' },
      },
    ]);
  }
  return accountId.toLowerCase();
}
