import { badUserInput, oneFieldViolation } from '../errors/index.js';

export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which way a connection page is read, and how many items. */
export interface PageDirection {
  backward: boolean;
  count: number;
}

/**
 * Relay's two ways through a connection, `first` with `after` and `last`
 * with `before`; any mix of the two is refused, naming the argument to drop.
 */
export function pageDirection(
  args: PageArguments,
  pageSize: { default: number; max: number },
): PageDirection {
  if (args.first != null && args.last != null) {
    throw refused('last', 'cannot be combined with first', 'pass first or last, not both');
  }
  if (args.after != null && args.before != null) {
    throw refused('before', 'cannot be combined with after', 'pass after or before, not both');
  }
  const backward = args.last != null || args.before != null;
  if (backward && args.first != null) {
    throw refused(
      'first',
      'pages forward; use last with before',
      'before pages backward: pass last with it, not first',
    );
  }
  if (backward && args.after != null) {
    throw refused(
      'after',
      'pages forward; use before with last',
      'last pages backward: pass before with it, not after',
    );
  }
  if (backward && args.before == null) {
    // docs/wix-api.md "Paging backward": no Wix cursor points at the end of a list.
    throw refused(
      'last',
      'needs before',
      'last needs before: Wix lists can only be entered from their start; to read from the end, reverse the sort and pass first',
    );
  }
  const field = backward ? 'last' : 'first';
  const count = (backward ? args.last : args.first) ?? pageSize.default;
  if (!Number.isInteger(count) || count < 1 || count > pageSize.max) {
    throw refused(
      field,
      `must be from 1 to ${pageSize.max}`,
      `${field} must be from 1 to ${pageSize.max}, got ${count}`,
      count < 1 ? 'MIN' : 'MAX',
    );
  }
  return { backward, count };
}

/** A refused argument; `reason` as docs/errors.md "Field violations" lists them. */
function refused(
  field: keyof PageArguments,
  description: string,
  message: string,
  reason = 'FIELD_NOT_ALLOWED',
) {
  return badUserInput(message, oneFieldViolation(field, reason, description));
}
