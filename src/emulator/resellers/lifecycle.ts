/**
 * PENDING → ENABLED/FAILED happens lazily: a create records when each new
 * instance leaves PENDING, and every request first applies the transitions
 * that are due. No timers, so the state is a pure function of stored data and
 * the clock, and persistence needs nothing extra.
 */
import type { EmulatorState } from '../state.js';
import { recomputePremium } from '../sites/premium.js';

/** Applies due transitions; returns whether anything changed. */
export function settleTransitions(state: EmulatorState, nowMs: number): boolean {
  if (!state.transitions.length) return false;
  const due = state.transitions.filter((t) => Date.parse(t.at) <= nowMs);
  if (!due.length) return false;
  state.transitions = state.transitions.filter((t) => Date.parse(t.at) > nowMs);
  for (const transition of due) {
    for (const pkg of state.packages) {
      const inst = pkg.productInstances.find((i) => i.instanceId === transition.instanceId);
      // Only a still-PENDING instance moves: a cancel in the meantime wins.
      if (!inst || inst.status !== 'PENDING') continue;
      inst.status = transition.to;
      if (transition.failure) inst.failure = { ...transition.failure };
      inst.updatedDate = transition.at;
      if (transition.at > pkg.updatedDate) pkg.updatedDate = transition.at;
    }
  }
  recomputePremium(state, new Date(nowMs).toISOString());
  return true;
}
