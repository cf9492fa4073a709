import type { UpstreamRequest } from './createUpstreamHttp.js';
import type { WixEndpointName } from '../wix-api/endpoints.js';

/** One call to a Wix endpoint, as WixHttpClient builds it from the endpoint table. */
export interface UpstreamCall {
  /** The endpoint's name in the table (src/wix-api/endpoints.ts). */
  endpoint: WixEndpointName;
  method: UpstreamRequest['method'];
  /** The concrete path, with a leading slash. */
  path: string;
  /** The path's parameters by name (`instanceId`, `siteId`), as the caller gave them. */
  params?: Readonly<Record<string, string>>;
  /** The `wix-account-id` the call acts on. */
  accountId: string;
  body?: unknown;
  /**
   * Reads are safe to repeat; writes provision paid services and must never be
   * replayed blindly: after a lost answer, a paid write is read back before
   * it is sent again (src/resilience/sendPaidWrite.ts), since Wix documents
   * no replay of its `idempotencyKey` (docs/wix-api.md "Idempotency").
   */
  kind: 'read' | 'write';
  /**
   * What the call does, in the client's words ("get package \"…\""): error
   * messages are built from it instead of from the upstream's text, which may
   * name other accounts.
   */
  action: string;
}
