/**
 * Fault injection for resilience tests (`PUT /_emulator/faults`). Rules match
 * API requests by route name, method and/or path pattern and add latency,
 * answer an error status, answer 429 with `Retry-After`, or drop the socket.
 * A rule with `after: true` lets the request run (and its write be applied)
 * before the response is replaced: the "lost response" case that idempotent
 * retries must survive.
 */
import { WixError } from './errors.js';
import { isPlainObject, Violations } from './validation.js';

/**
 * `strand` reproduces Assign's documented partial failure (docs/wix-api.md "Assign Product Instance To Site"): the
 * instance named in the path is left floating and the call answers 500.
 */
export const FAULT_KINDS = ['latency', 'error', 'rateLimit', 'drop', 'strand'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  /** Optional label, echoed in the request log. */
  id?: string;
  /** Route name, e.g. `createPackage`, `querySites` (see README). */
  route?: string;
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Exact path, or a pattern where `*` matches one segment and `**` the rest. */
  path?: string;
  kind: FaultKind;
  /** latency: delay in ms (default 1000). */
  latencyMs?: number;
  /** error: HTTP status (default 500). */
  status?: number;
  /** rateLimit: `Retry-After` value in seconds (default 1). */
  retryAfterSeconds?: number;
  /** Probability 0..1 that a matching request is hit (default 1). */
  rate?: number;
  /** Fire at most this many more times (default unlimited); decremented on each hit. */
  times?: number;
  /** Run the handler first (its write is applied), then fault the response. */
  after?: boolean;
}

export interface RequestMatch {
  method: string;
  path: string;
  route?: string;
}

export interface FaultDecision {
  latencyMs: number;
  /** The error/rateLimit/drop rule that fired, if any. */
  terminal?: FaultRule;
}

export class FaultInjector {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** Replaces all rules; throws a 400 listing every invalid field. */
  set(rules: unknown): void {
    this.rules = parseRules(rules);
  }

  clear(): void {
    this.rules = [];
  }

  /** Picks the faults for a request in one phase; consumes `times` of the rules that fire. */
  decide(request: RequestMatch, after: boolean): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const rule of this.rules) {
      if (Boolean(rule.after) !== after || !matches(rule, request)) continue;
      if (rule.times !== undefined && rule.times <= 0) continue;
      if (rule.kind !== 'latency' && decision.terminal) continue;
      if (this.random() >= (rule.rate ?? 1)) continue;
      if (rule.times !== undefined) rule.times -= 1;
      if (rule.kind === 'latency') decision.latencyMs += rule.latencyMs ?? 1000;
      else decision.terminal = rule;
    }
    return decision;
  }
}

/** The response a terminal error or rateLimit rule answers with. */
export function faultError(rule: FaultRule): WixError {
  if (rule.kind === 'rateLimit') {
    return WixError.plain(429, 'Too many requests', {
      'retry-after': String(rule.retryAfterSeconds ?? 1),
    });
  }
  const status = rule.status ?? 500;
  return status >= 500 ? WixError.system(status) : WixError.plain(status, 'Injected fault');
}

function matches(rule: FaultRule, request: RequestMatch): boolean {
  if (rule.route !== undefined && rule.route !== request.route) return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) return false;
  if (rule.path !== undefined && !pathPattern(rule.path).test(request.path)) return false;
  return true;
}

function pathPattern(pattern: string): RegExp {
  const escaped = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${escaped}$`);
}

function parseRules(value: unknown): FaultRule[] {
  const list = isPlainObject(value) && Array.isArray(value.rules) ? value.rules : value;
  if (!Array.isArray(list)) {
    throw WixError.validation([
      { field: 'rules', description: 'must be an array of fault rules', violatedRule: 'FORMAT' },
    ]);
  }
  const violations = new Violations();
  const rules = list.map((raw: unknown, i): FaultRule => {
    const at = `rules[${i}]`;
    if (!isPlainObject(raw)) {
      violations.add(at, 'must be an object');
      return { kind: 'latency' };
    }
    if (!FAULT_KINDS.includes(raw.kind as FaultKind)) {
      violations.add(`${at}.kind`, `must be one of ${FAULT_KINDS.join(', ')}`);
    }
    for (const key of ['id', 'route', 'method', 'path'] as const)
      violations.string(`${at}.${key}`, raw[key], 500);
    checkNumber(violations, `${at}.latencyMs`, raw.latencyMs, 0, 600_000);
    checkNumber(violations, `${at}.status`, raw.status, 400, 599);
    checkNumber(violations, `${at}.retryAfterSeconds`, raw.retryAfterSeconds, 0, 86_400);
    checkNumber(violations, `${at}.rate`, raw.rate, 0, 1);
    checkNumber(violations, `${at}.times`, raw.times, 0, Number.MAX_SAFE_INTEGER);
    violations.boolean(`${at}.after`, raw.after);
    if (raw.kind === 'strand' && (raw.route !== 'assignInstance' || raw.after === true)) {
      violations.add(`${at}.kind`, 'strand applies to route assignInstance, before the handler');
    }
    return { ...(raw as unknown as FaultRule) };
  });
  violations.throwIfAny();
  return rules;
}

function checkNumber(v: Violations, field: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    v.add(field, `must be a number between ${min} and ${max}`, 'FORMAT');
  }
}
