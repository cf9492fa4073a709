export { RequestBudget } from './RequestBudget.js';
export { RetryBudget } from './RetryBudget.js';
export {
  UpstreamPolicies,
  type BreakerState,
  type PolicyCall,
  type UpstreamApi,
  type UpstreamPolicyOptions,
} from './UpstreamPolicies.js';
