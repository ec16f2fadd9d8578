import { describe, expect, it } from 'vitest';
import { indexQuerySchema } from '../../../src/shared/model/user-index';
import {
  blockQuery,
  countAfterBlock,
  describeSelection,
  indexField,
  indexFilters,
  lastRowOf,
} from '../../../src/renderer/features/users/index-query';

const block = { startRow: 300, endRow: 400, sortModel: [], filterModel: {} };

describe('index queries from the grid', () => {
  it('maps columns to index fields; MFA and names the index refuses are display-only', () => {
    expect(indexField('username')).toBe('username');
    expect(indexField('createdAt')).toBe('createdAt');
    expect(indexField('attr:custom:tenant_id')).toBe('custom:tenant_id');
    expect(indexField('attr:custom:a"b')).toBeUndefined();
    expect(indexField('mfa')).toBeUndefined();
  });

  it('turns a block request into a valid query: offset, limit, sort, search and text filters', () => {
    const query = blockQuery(
      {
        ...block,
        sortModel: [{ colId: 'attr:email', sort: 'desc' }],
        filterModel: {
          'attr:custom:plan': { filterType: 'text', type: 'startsWith', filter: 'ent' },
          enabled: { filterType: 'text', type: 'contains', filter: 'Disabled' },
          mfa: { filterType: 'text', type: 'contains', filter: 'TOTP' },
          status: { filterType: 'text', type: 'notEqual', filter: 'CONFIRMED' },
        },
      },
      '  ann \u2028 x ',
    );
    expect(query).toEqual({
      search: 'ann \u2028 x',
      filters: [
        { field: 'custom:plan', op: 'startsWith', value: 'ent' },
        { field: 'enabled', op: 'equals', value: 'false' },
      ],
      sort: { field: 'email', direction: 'desc' },
      offset: 300,
      limit: 100,
    });
    expect(indexQuerySchema.safeParse(query).success).toBe(true);
  });

  it('keeps hostile input inside the schema limits', () => {
    const query = blockQuery(
      {
        startRow: 0,
        endRow: 5000,
        sortModel: [],
        filterModel: { username: { type: 'contains', filter: 'x'.repeat(5000) } },
      },
      '=cmd|"/c calc"!A1 '.repeat(40),
    );
    expect(indexQuerySchema.safeParse(query).success).toBe(true);
    expect(indexFilters(null)).toEqual([]);
    expect(indexFilters({ username: 'not a model' })).toEqual([]);
  });

  it('knows the last row when the total is exact or a block comes back short', () => {
    expect(lastRowOf(block, { rows: [], total: 1234, totalIsLowerBound: false })).toBe(1234);
    expect(lastRowOf(block, { rows: new Array(40), total: 341, totalIsLowerBound: true })).toBe(340);
    expect(lastRowOf(block, { rows: new Array(100), total: 401, totalIsLowerBound: true })).toBeUndefined();
  });

  it('says what was searched', () => {
    expect(describeSelection({ search: 'sales', filters: [{ field: 'email', op: 'startsWith', value: 'a' }] })).toBe(
      '"sales" and email starts with "a"',
    );
    expect(describeSelection({})).toBe('everything');
  });

  it('keeps a count with the selection its block was asked for: a late answer for an older search does not stand', () => {
    const all = JSON.stringify({});
    const tenant = JSON.stringify({ search: 'tenant-0042' });
    // A block of the whole pool (exact) comes back after the search for a tenant has started counting.
    const searching = countAfterBlock(undefined, tenant, { total: 100, totalIsLowerBound: true });
    expect(searching).toEqual({ key: tenant, total: 100, exact: false });
    const late = countAfterBlock(searching, all, { total: 1_000_000, totalIsLowerBound: false });
    expect(late).toEqual({ key: all, total: 1_000_000, exact: true });
    // The tenant's own block then replaces it, and an exact count is not lowered by an "at least" one.
    const exact = countAfterBlock(late, tenant, { total: 203, totalIsLowerBound: false });
    expect(exact).toEqual({ key: tenant, total: 203, exact: true });
    expect(countAfterBlock(exact, tenant, { total: 100, totalIsLowerBound: true })).toBe(exact);
    expect(countAfterBlock(searching, tenant, { total: 200, totalIsLowerBound: true })).toBe(searching);
  });
});
