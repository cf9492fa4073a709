import { compileFilter, type FilterSpec } from '../../../src/emulator/query/filter.js';
import { Violations } from '../../../src/emulator/validation.js';

interface Row {
  id: string;
  name?: string;
  flag: boolean;
  date: string;
  tags: string[];
}

const spec: FilterSpec<Row> = {
  logical: true,
  fields: {
    id: {
      type: 'string',
      operators: ['$eq', '$ne', '$in', '$nin', '$exists', '$gt', '$lte'],
      get: (r) => r.id,
    },
    name: {
      type: 'string',
      operators: ['$eq', '$startsWith', '$exists', '$isEmpty'],
      get: (r) => r.name,
    },
    flag: { type: 'boolean', operators: ['$eq', '$ne', '$hasSome'], get: (r) => r.flag },
    date: { type: 'date', operators: ['$gt', '$lt', '$gte', '$eq'], get: (r) => r.date },
    tags: {
      type: 'string',
      array: true,
      operators: ['$eq', '$hasSome', '$hasAll'],
      get: (r) => r.tags,
    },
  },
};

const rows: Row[] = [
  { id: 'a', name: 'Alpha', flag: true, date: '2024-01-01T00:00:00.000Z', tags: ['x', 'y'] },
  { id: 'b', name: '', flag: false, date: '2024-06-01T00:00:00.000Z', tags: ['y'] },
  { id: 'c', flag: true, date: '2025-01-01T00:00:00.000Z', tags: [] },
];

function ids(filter: unknown): string[] {
  const v = new Violations();
  const predicate = compileFilter(filter, spec, v, 'filter');
  expect(v.list).toEqual([]);
  return rows.filter(predicate).map((r) => r.id);
}

function violations(filter: unknown): string[] {
  const v = new Violations();
  compileFilter(filter, spec, v, 'filter');
  return v.list.map((x) => x.field);
}

describe('compileFilter', () => {
  it('treats a bare value as $eq and ANDs the fields of one object', () => {
    expect(ids({ flag: true })).toEqual(['a', 'c']);
    expect(ids({ flag: true, id: 'c' })).toEqual(['c']);
  });

  it('matches a scalar against an array field when the array contains it', () => {
    expect(ids({ tags: 'y' })).toEqual(['a', 'b']);
  });

  it('supports $in, $nin and $ne on scalars', () => {
    expect(ids({ id: { $in: ['a', 'c'] } })).toEqual(['a', 'c']);
    expect(ids({ id: { $nin: ['a'] } })).toEqual(['b', 'c']);
    expect(ids({ flag: { $ne: true } })).toEqual(['b']);
  });

  it('compares dates as instants, whatever their spelling', () => {
    expect(ids({ date: { $gt: '2024-03-01' } })).toEqual(['b', 'c']);
    expect(ids({ date: { $eq: '2024-01-01T00:00:00Z' } })).toEqual(['a']);
    expect(ids({ date: { $gte: '2024-06-01T00:00:00.000Z', $lt: '2025-01-01' } })).toEqual(['b']);
  });

  it('does case-insensitive prefix matching with $startsWith', () => {
    expect(ids({ name: { $startsWith: 'al' } })).toEqual(['a']);
  });

  it('distinguishes $exists from $isEmpty', () => {
    expect(ids({ name: { $exists: true } })).toEqual(['a', 'b']);
    expect(ids({ name: { $isEmpty: true } })).toEqual(['b', 'c']);
  });

  it('gives $hasSome and $hasAll their array meanings', () => {
    expect(ids({ tags: { $hasSome: ['x', 'z'] } })).toEqual(['a']);
    expect(ids({ tags: { $hasAll: ['x', 'y'] } })).toEqual(['a']);
    expect(ids({ flag: { $hasSome: [false] } })).toEqual(['b']);
  });

  it('combines sub-filters with $and, $or and $not', () => {
    expect(ids({ $or: [{ id: 'a' }, { id: 'b' }] })).toEqual(['a', 'b']);
    expect(ids({ $and: [{ flag: true }, { $not: { id: 'a' } }] })).toEqual(['c']);
  });

  it('reports every unsupported field, operator and operand at once', () => {
    expect(
      violations({
        nope: 1,
        name: { $gt: 'a' },
        id: { $in: 'a' },
        flag: 'yes',
        date: { $gt: 'not a date' },
        tags: { $bogus: 1 },
      }),
    ).toEqual([
      'filter.nope',
      'filter.name.$gt',
      'filter.id.$in',
      'filter.flag.$eq',
      'filter.date.$gt',
      'filter.tags.$bogus',
    ]);
  });

  it('rejects logical operators when the endpoint does not support them', () => {
    const v = new Violations();
    compileFilter({ $or: [{ id: 'a' }] }, { ...spec, logical: false }, v, 'query.filter');
    expect(v.list.map((x) => x.field)).toEqual(['query.filter.$or']);
  });

  it('accepts an absent filter as match-all', () => {
    expect(ids(undefined)).toEqual(['a', 'b', 'c']);
  });
});
