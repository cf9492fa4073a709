/**
 * The live contract check (`npm run check:wix`): a few read-only calls
 * against a real Wix (or anything that answers like it), each answer held
 * against the endpoint table's response schema. It reports drift; it never
 * writes, so it is safe to run against a production account.
 */
import { WIX_ENDPOINTS, wixPath, type WixEndpointName, type WixPathParams } from './endpoints.js';
import { wireDrift, type Drift } from './readWire.js';
import { WIX_HEADERS } from './types.js';

export interface ContractCheckOptions {
  /** Base URL of the Wix REST APIs, without a trailing slash. */
  baseUrl: string;
  apiKey: string;
  accountId: string;
  /** Deadline of each call, in ms. Default 15000. */
  timeoutMs?: number;
}

export interface EndpointCheck {
  endpoint: WixEndpointName;
  /** HTTP status, or why there was none. */
  status: number | 'timeout' | 'network' | 'not JSON';
  drift: Drift[];
}

export interface ContractReport {
  checks: EndpointCheck[];
  /** True when every call answered 2xx with a body that keeps to the contract. */
  clean: boolean;
}

type Read = Extract<WixEndpointName, 'countSites' | 'querySites' | 'queryPackages' | 'getPackage'>;

/** Count Sites, Query Sites, Query Packages, then Get Package of the account's first package. */
export async function checkWixContract(options: ContractCheckOptions): Promise<ContractReport> {
  const checks: EndpointCheck[] = [];
  const call = async <N extends Read>(name: N, params: WixPathParams<N>, body?: unknown) => {
    const { check, answer } = await callEndpoint(options, name, params, body);
    checks.push(check);
    return answer;
  };
  await call('countSites', {}, {});
  await call('querySites', {}, { query: { cursorPaging: { limit: 50 } } });
  const packages = await call('queryPackages', {}, { query: { cursorPaging: { limit: 50 } } });
  const firstId = firstOwnPackageId(packages, options.accountId);
  if (firstId !== undefined) await call('getPackage', { id: firstId });
  const clean = checks.every(
    (c) => typeof c.status === 'number' && c.status < 300 && c.drift.length === 0,
  );
  return { checks, clean };
}

async function callEndpoint<N extends Read>(
  options: ContractCheckOptions,
  name: N,
  params: WixPathParams<N>,
  body: unknown,
): Promise<{ check: EndpointCheck; answer?: unknown }> {
  const endpoint = WIX_ENDPOINTS[name];
  if (endpoint.kind !== 'read')
    throw new TypeError(`${name} is not a read: the check never writes`);
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl}${wixPath(name, params)}`, {
      method: endpoint.method,
      headers: {
        [WIX_HEADERS.authorization]: options.apiKey,
        [WIX_HEADERS.accountId]: options.accountId,
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const timeout = error instanceof Error && error.name === 'TimeoutError';
    return { check: { endpoint: name, status: timeout ? 'timeout' : 'network', drift: [] } };
  }
  let answer: unknown;
  try {
    answer = JSON.parse(await response.text());
  } catch {
    return { check: { endpoint: name, status: 'not JSON', drift: [] } };
  }
  // An error answer is not held against the success schema.
  const drift = response.ok ? wireDrift(endpoint.response, answer).sort(byPathAndKind) : [];
  return { check: { endpoint: name, status: response.status, drift }, answer };
}

/** Query Packages spans the account family, Get Package only the account itself. */
function firstOwnPackageId(answer: unknown, accountId: string): string | undefined {
  const packages = (answer as { packages?: unknown } | undefined)?.packages;
  if (!Array.isArray(packages)) return undefined;
  const own = packages.find(
    (p: { id?: unknown; accountId?: unknown }) =>
      typeof p?.id === 'string' && p.accountId === accountId,
  ) as { id: string } | undefined;
  return own?.id;
}

function byPathAndKind(a: Drift, b: Drift): number {
  return a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind);
}

/** The report as text: one line per call, then one line per distinct drift (with how many times). */
export function formatContractReport(report: ContractReport): string {
  const lines: string[] = [];
  for (const check of report.checks) {
    lines.push(`${check.endpoint}: HTTP ${check.status}, ${check.drift.length} departure(s)`);
    const counted = new Map<string, number>();
    for (const d of check.drift) {
      const line = `  ${d.kind} at ${d.path}${d.value === undefined ? '' : ` (${JSON.stringify(d.value)})`}`;
      counted.set(line, (counted.get(line) ?? 0) + 1);
    }
    for (const [line, n] of counted) lines.push(n > 1 ? `${line} ×${n}` : line);
  }
  lines.push(
    report.clean
      ? 'No drift: every answer keeps to the documented contract.'
      : 'Drift found (or a call failed): see docs/wix-api.md for the contract.',
  );
  return lines.join('\n');
}
