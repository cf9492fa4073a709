import type { Got, Method } from 'got';
import { WIX_HEADERS } from '../wix-api/types.js';
import { translateTransportError } from './translateTransportError.js';
import { translateUpstreamError } from './translateUpstreamError.js';
import { UpstreamUnavailableError } from '../errors/index.js';

/** One call to a Wix endpoint, as a datasource method describes it. */
export interface UpstreamCall {
  method: Extract<Method, 'GET' | 'POST' | 'PATCH' | 'DELETE'>;
  /** Path from `WIX_PATHS`, with a leading slash. */
  path: string;
  /** The `wix-account-id` the call acts on. */
  accountId: string;
  body?: unknown;
  /**
   * Reads are safe to repeat; writes provision paid services and must never be
   * replayed blindly. Resilience policies (issue 4) key off this.
   */
  kind: 'read' | 'write';
  /**
   * What the call does, in the client's words ("get package \"…\""): error
   * messages are built from it instead of from the upstream's text, which may
   * name other accounts.
   */
  action: string;
}

/**
 * Base of every Wix datasource. A call goes through a fixed sequence of small
 * steps (headers → send → translate errors → parse), each overridable, so
 * cross-cutting behaviour lives here and subclasses only declare endpoints.
 * Instances are per GraphQL request; the got instance underneath is shared.
 */
export class WixHttpClient {
  constructor(
    private readonly http: Got,
    private readonly apiKey: string,
  ) {}

  protected async call<T>(call: UpstreamCall): Promise<T> {
    const response = await this.send(call);
    if (response.statusCode >= 400) {
      throw translateUpstreamError(
        {
          statusCode: response.statusCode,
          body: parseJson(response.body),
          retryAfter: response.headers['retry-after'],
        },
        call,
      );
    }
    return this.parse<T>(response.body, call);
  }

  protected headers(call: UpstreamCall): Record<string, string> {
    return {
      [WIX_HEADERS.authorization]: this.apiKey,
      [WIX_HEADERS.accountId]: call.accountId,
    };
  }

  protected async send(call: UpstreamCall) {
    try {
      return await this.http(call.path.replace(/^\/+/, ''), {
        method: call.method,
        headers: this.headers(call),
        ...(call.body !== undefined && { json: call.body }),
      });
    } catch (error) {
      throw translateTransportError(error, call);
    }
  }

  protected parse<T>(body: string, call: UpstreamCall): T {
    const parsed = parseJson(body);
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null) {
      throw new UpstreamUnavailableError(
        `Could not ${call.action}: Wix answered with a body that is not JSON`,
      );
    }
    return parsed as T;
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
