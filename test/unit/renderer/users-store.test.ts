import { beforeEach, describe, expect, it } from 'vitest';
import type { UserPage, UserRow } from '../../../src/shared/model/users';

// A window.api that answers users:load with a load id when the test says so, and lets the test emit users:page.
type Listener = (payload: UserPage) => void;
const listeners: Listener[] = [];
let answerLoad: (loadId: string) => void = () => undefined;
const calls: string[] = [];
const api = {
  invoke: (channel: string) => {
    calls.push(channel);
    if (channel === 'users:load')
      return new Promise((resolve) => {
        answerLoad = (loadId) => resolve({ ok: true, value: { loadId } });
      });
    return Promise.resolve({ ok: true, value: null });
  },
  on: (_event: string, listener: Listener) => {
    listeners.push(listener);
    return () => undefined;
  },
};
Object.defineProperty(globalThis, 'window', { value: { api }, configurable: true });

const { LIVE_ROW_CAP, useUsers } = await import('../../../src/renderer/stores/users');

const REF = { profile: 'p', region: 'eu-west-1', userPoolId: 'eu-west-1_Abc' };
const OTHER = { ...REF, userPoolId: 'eu-west-1_Other' };
const LOAD_1 = '11111111-1111-4111-8111-111111111111';
const LOAD_2 = '22222222-2222-4222-8222-222222222222';
const row = (username: string, city = 'Oslo'): UserRow => ({
  username,
  status: 'CONFIRMED',
  enabled: true,
  attributes: { 'custom:city': city },
});
const emit = (page: Partial<UserPage> & { loadId: string; rows: UserRow[] }): void => {
  for (const l of listeners) l({ loaded: page.rows.length, done: false, ...page });
};
const names = (): string[] => useUsers.getState().rows.map((r) => r.username);

describe('users store', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('keeps pages that overtake the users:load answer, and publishes every row when the load is done', async () => {
    const loading = useUsers.getState().load(REF);
    emit({ loadId: LOAD_1, rows: [row('a'), row('b')] });
    answerLoad(LOAD_1);
    await loading;
    emit({ loadId: LOAD_1, rows: [row('c')], loaded: 3, estimated: 3, done: true });
    expect(names()).toEqual(['a', 'b', 'c']);
    expect(useUsers.getState()).toMatchObject({ loading: false, loaded: 3, estimated: 3 });
  });

  it('refreshes in place: rows stay shown while the new load streams, users gone meanwhile drop out at the end', async () => {
    const loading = useUsers.getState().load(REF);
    expect(names()).toEqual(['a', 'b', 'c']);
    answerLoad(LOAD_2);
    await loading;
    emit({ loadId: LOAD_1, rows: [row('stale')], done: true }); // the old load's late page: ignored
    emit({ loadId: LOAD_2, rows: [row('c', 'Zürich'), row('a')] });
    expect(names()).toEqual(['a', 'b', 'c']);
    emit({ loadId: LOAD_2, rows: [row('d')], loaded: 3, done: true });
    expect(names()).toEqual(['a', 'c', 'd']);
    expect(useUsers.getState().rows.find((r) => r.username === 'c')?.attributes['custom:city']).toBe('Zürich');
  });

  it('applies single-user updates only to the pool shown', () => {
    useUsers.getState().upsert(OTHER, row('intruder'));
    useUsers.getState().removeMany(OTHER, ['a']);
    expect(names()).toEqual(['a', 'c', 'd']);
    useUsers.getState().upsert(REF, row('e'));
    useUsers.getState().removeMany(REF, ['a']);
    expect(names()).toEqual(['c', 'd', 'e']);
  });

  it('starts empty for another pool and cancels the load it replaces', async () => {
    const first = useUsers.getState().load(OTHER);
    answerLoad(LOAD_1);
    await first;
    expect(names()).toEqual([]);
    const second = useUsers.getState().load(REF);
    expect(calls).toContain('users:load-cancel');
    answerLoad(LOAD_2);
    await second;
    expect(useUsers.getState().loading).toBe(true);
  });

  it('stops a load from Cognito at LIVE_ROW_CAP rows: the load is cancelled and the screen is told', async () => {
    const loadId = '33333333-3333-4333-8333-333333333333';
    const loading = useUsers.getState().load({ ...REF, userPoolId: 'eu-west-1_Big' });
    answerLoad(loadId);
    await loading;
    const page = 1000;
    for (let start = 0; start < LIVE_ROW_CAP + 2 * page; start += page) {
      if (!useUsers.getState().loading) break;
      emit({ loadId, rows: Array.from({ length: page }, (_, i) => row(`u${start + i}`)), loaded: start + page });
    }
    expect(useUsers.getState()).toMatchObject({ capped: true, loading: false });
    expect(useUsers.getState().rows).toHaveLength(LIVE_ROW_CAP);
    expect(calls).toContain('users:load-cancel');
  });
});
