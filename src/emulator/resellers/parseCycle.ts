/** Type-checks a `billingInfo` (Cycle) input; enum values outside the documented ones are a 400. */
import type { Cycle, CycleDescriptorType, IntervalUnit } from '../../wix-api/types.js';
import type { Violations } from '../validation.js';

const CYCLE_TYPES: CycleDescriptorType[] = ['UNKNOWN', 'ONE_TIME', 'RECURRING'];
const UNITS: IntervalUnit[] = ['UNKNOWN', 'DAY', 'WEEK', 'MONTH', 'YEAR'];

export function parseCycle(
  violations: Violations,
  field: string,
  value: unknown,
): Cycle | undefined {
  if (!violations.object(field, value)) return undefined;
  const type = value.type ?? 'UNKNOWN';
  let ok = true;
  if (!CYCLE_TYPES.includes(type as CycleDescriptorType)) {
    violations.add(`${field}.type`, `must be one of ${CYCLE_TYPES.join(', ')}`);
    ok = false;
  }
  const cycle: Cycle = { type: type as CycleDescriptorType };
  const duration = value.cycleDuration;
  if (duration !== undefined && duration !== null) {
    if (!violations.object(`${field}.cycleDuration`, duration)) return undefined;
    const unit = duration.unit ?? 'UNKNOWN';
    if (!UNITS.includes(unit as IntervalUnit)) {
      violations.add(`${field}.cycleDuration.unit`, `must be one of ${UNITS.join(', ')}`);
      ok = false;
    }
    const count = duration.count;
    if (count !== undefined && (!Number.isInteger(count) || (count as number) < 1)) {
      violations.add(`${field}.cycleDuration.count`, 'must be a positive integer', 'MIN', {
        threshold: 1,
      });
      ok = false;
    }
    cycle.cycleDuration = { unit: unit as IntervalUnit };
    if (count !== undefined) cycle.cycleDuration.count = count as number;
  }
  return ok ? cycle : undefined;
}
