import type { UpstreamRequest } from './createUpstreamHttp.js';

/** One call to a Wix endpoint, as a datasource method describes it. */
export interface UpstreamCall {
  method: UpstreamRequest['method'];
  /** Path from `WIX_PATHS`, with a leading slash. */
  path: string;
  /** The `wix-account-id` the call acts on. */
  accountId: string;
  body?: unknown;
  /**
   * Reads are safe to repeat; writes provision paid services and must never be
   * replayed blindly: the pipeline retries a write only when its body carries
   * an `idempotencyKey` (replay of the first response is not documented by
   * Wix: docs/wix-api.md "Idempotency").
   */
  kind: 'read' | 'write';
  /**
   * What the call does, in the client's words ("get package \"…\""): error
   * messages are built from it instead of from the upstream's text, which may
   * name other accounts.
   */
  action: string;
}
