/**
 * `query.sort` (docs/wix-api.md "Query language and paging") against a per-endpoint list of sortable fields.
 * The item id is always appended as a final ascending key, which makes the
 * order total: keyset cursors depend on that.
 */
import type { Sorting, SortOrder } from '../../wix-api/types.js';
import type { Violations } from '../validation.js';
import { isPlainObject } from '../validation.js';
import { compareValues } from './compareValues.js';

export interface SortSpec<T> {
  /** Sortable fields and how to read each from an item. */
  fields: Record<string, (item: T) => unknown>;
  defaultSort: Required<Sorting>[];
  id: (item: T) => string;
}

export interface CompiledSort<T> {
  sort: Required<Sorting>[];
  /** Sort key of an item: one value per sort field, then the id. */
  key: (item: T) => unknown[];
  compareKeys: (a: unknown[], b: unknown[]) => number;
}

export function compileSort<T>(
  sort: unknown,
  spec: SortSpec<T>,
  violations: Violations,
  path: string,
): CompiledSort<T> {
  const normalized = normalizeSort(sort, spec, violations, path);
  const effective = normalized.length ? normalized : spec.defaultSort;
  const getters = effective.map((s) => spec.fields[s.fieldName] ?? (() => undefined));
  const orders = effective.map((s) => s.order);
  return {
    sort: effective,
    key: (item) => [...getters.map((g) => g(item)), spec.id(item)],
    compareKeys: (a, b) => {
      for (let i = 0; i < a.length; i++) {
        const c = compareValues(a[i], b[i]);
        if (c !== 0) return orders[i] === 'DESC' ? -c : c;
      }
      return 0;
    },
  };
}

function normalizeSort<T>(
  sort: unknown,
  spec: SortSpec<T>,
  violations: Violations,
  path: string,
): Required<Sorting>[] {
  if (sort === undefined || sort === null) return [];
  if (!Array.isArray(sort)) {
    violations.add(path, 'sort must be an array of {fieldName, order}');
    return [];
  }
  const result: Required<Sorting>[] = [];
  sort.forEach((entry: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isPlainObject(entry) || typeof entry.fieldName !== 'string') {
      violations.add(`${at}.fieldName`, 'is required', 'REQUIRED_FIELD');
      return;
    }
    if (!(entry.fieldName in spec.fields)) {
      violations.add(
        `${at}.fieldName`,
        `sorting on "${entry.fieldName}" is not supported; sortable: ${Object.keys(spec.fields).join(', ')}`,
        'CUSTOM',
      );
      return;
    }
    const order = entry.order ?? 'ASC';
    if (order !== 'ASC' && order !== 'DESC') {
      violations.add(`${at}.order`, 'must be ASC or DESC');
      return;
    }
    result.push({ fieldName: entry.fieldName, order: order as SortOrder });
  });
  return result;
}
