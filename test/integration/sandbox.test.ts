import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { CallContext } from '../../src/main/ipc/router';
import { SANDBOX_PROFILE, SANDBOX_REGION } from '../../src/shared/model/profiles';
import type { UserPoolSummary } from '../../src/shared/model/user-pools';
import { PYTHON } from '../helpers/moto';

const ctx: CallContext & { events: unknown[] } = {
  senderId: 'test',
  events: [],
  emit(event, payload) {
    this.events.push({ event, payload });
  },
};

describe('Local sandbox through the router', () => {
  let core: Core;
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cc-sandbox-'));
    core = createCore({
      dataDir,
      host: 'web',
      version: 'test',
      files: { filepath: '/nonexistent/credentials', configFilepath: '/nonexistent/config' },
      pythonCandidates: [PYTHON],
    });
  });
  afterAll(async () => {
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts moto on first use, seeds it, and lists both demo pools with their details', async () => {
    const ref = { profile: SANDBOX_PROFILE, region: SANDBOX_REGION };
    const connected = await core.dispatch('profiles:connect', ref, ctx);
    expect(connected).toMatchObject({
      ok: true,
      value: { profile: SANDBOX_PROFILE, accountId: expect.stringMatching(/^\d{12}$/) },
    });
    expect(core.sandbox.getStatus().state).toBe('running');
    expect(ctx.events.some((e) => (e as { event: string }).event === 'sandbox:progress')).toBe(true);

    const listed = await core.dispatch('userPools:list', ref, ctx);
    if (!listed.ok) throw new Error(listed.error.message);
    const pools = listed.value as UserPoolSummary[];
    expect(pools.map((p) => p.name).sort()).toEqual(['demo-app-users', 'demo-partner-portal']);
    const app = pools.find((p) => p.name === 'demo-app-users');
    expect(app).toMatchObject({ estimatedUsers: 200, deletionProtection: true });
    expect(pools.find((p) => p.name === 'demo-partner-portal')?.estimatedUsers).toBe(100);
  });

  it('refuses a write on a read-only profile before any AWS call, and allows it again when read-only is off', async () => {
    const ref = { profile: SANDBOX_PROFILE, region: SANDBOX_REGION };
    const listed = await core.dispatch('userPools:list', ref, ctx);
    if (!listed.ok) throw new Error(listed.error.message);
    const partner = (listed.value as UserPoolSummary[]).find((p) => p.name === 'demo-partner-portal');
    if (!partner) throw new Error('partner pool missing');

    await core.dispatch('settings:set-read-only', { profile: SANDBOX_PROFILE, readOnly: true }, ctx);
    const refused = await core.dispatch(
      'userPools:delete',
      { ...ref, userPoolId: partner.id, confirmName: partner.name },
      ctx,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const still = await core.dispatch('userPools:list', ref, ctx);
    expect(still.ok && (still.value as UserPoolSummary[]).some((p) => p.id === partner.id)).toBe(true);

    await core.dispatch('settings:set-read-only', { profile: SANDBOX_PROFILE, readOnly: false }, ctx);
    const wrongName = await core.dispatch(
      'userPools:delete',
      { ...ref, userPoolId: partner.id, confirmName: 'nope' },
      ctx,
    );
    expect(wrongName).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const deleted = await core.dispatch(
      'userPools:delete',
      { ...ref, userPoolId: partner.id, confirmName: partner.name },
      ctx,
    );
    expect(deleted).toEqual({ ok: true, value: null });
    const after = await core.dispatch('userPools:list', ref, ctx);
    expect(after.ok && (after.value as UserPoolSummary[]).map((p) => p.name)).toEqual(['demo-app-users']);
  });

  it('explains deletion protection instead of deleting', async () => {
    const ref = { profile: SANDBOX_PROFILE, region: SANDBOX_REGION };
    const listed = await core.dispatch('userPools:list', ref, ctx);
    const app = listed.ok ? (listed.value as UserPoolSummary[]).find((p) => p.name === 'demo-app-users') : undefined;
    if (!app) throw new Error('app pool missing');
    const result = await core.dispatch('userPools:delete', { ...ref, userPoolId: app.id, confirmName: app.name }, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { hint: expect.stringContaining('deletion protection') } },
    });
  });
});
