/**
 * Gateway settings for the resilience suites: deadlines and backoffs of a few
 * milliseconds, so every injected fault plays out quickly.
 */
export const FAST_RESILIENCE_ENV = {
  UPSTREAM_TIMEOUT_MS: '150',
  UPSTREAM_CONNECT_TIMEOUT_MS: '150',
  RETRY_BASE_DELAY_MS: '5',
  RETRY_MAX_DELAY_MS: '20',
  RATE_LIMIT_MAX_WAIT_MS: '1500',
  REQUEST_BUDGET_MS: '3000',
  // The breaker and the retry budget have their own suite; here they must
  // never interfere (these suites fail many calls in a row on purpose).
  RETRY_BUDGET_PERCENT: '1000',
  BREAKER_FAILURE_THRESHOLD: '1000',
};
