import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { CallContext } from '../../src/main/ipc/router';
import type { PoolConfig, PoolUpdateResult } from '../../src/shared/model/pool-config';
import { PYTHON } from '../helpers/moto';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'ca-central-1';
const KEYS = { accessKeyId: 'AKIAPOOLCHANNELS0001', secretAccessKey: 'pool-channels-test-secret' };
const ctx: CallContext = { senderId: 'pool-channels', emit: () => undefined };

describe('pool configuration channels through the router', () => {
  const moto = inject('motoEndpoint');
  let dir: string;
  let core: Core;
  let userPoolId: string;
  const ref = { profile: 'pools', region: REGION };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-pool-channels-'));
    writeFileSync(path.join(dir, 'config'), `[profile pools]\nregion = ${REGION}\nendpoint_url = ${moto}\n`);
    writeFileSync(
      path.join(dir, 'credentials'),
      `[pools]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
    );
    core = createCore({
      dataDir: path.join(dir, 'data'),
      host: 'web',
      version: 'test',
      files: { configFilepath: path.join(dir, 'config'), filepath: path.join(dir, 'credentials') },
      env: {},
      pythonCandidates: [PYTHON],
    });
    const idp = new CognitoIdentityProviderClient({ region: REGION, endpoint: moto, credentials: KEYS });
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: `pool-channels-${Date.now()}` }));
    idp.destroy();
    userPoolId = UserPool?.Id ?? '';
  });
  afterAll(async () => {
    await core.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const ok = async <T>(channel: string, request: unknown): Promise<T> => {
    const envelope = await core.dispatch(channel, request, ctx);
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
    return envelope.value as T;
  };

  it('describes, previews without writing, updates with the expected version, and refuses a stale one', async () => {
    const loaded = await ok<PoolConfig>('userPools:describe', { ...ref, userPoolId });
    const edit = { Policies: { PasswordPolicy: { MinimumLength: 14 } }, MfaConfiguration: 'OPTIONAL' };
    const preview = await ok<PoolUpdateResult>('userPools:preview-update', {
      ...ref,
      userPoolId,
      edit,
      expected: loaded.version,
    });
    expect(preview.changes.map((c) => c.label)).toEqual(['Password minimum length', 'Multi-factor authentication']);
    const done = await ok<PoolUpdateResult>('userPools:update', { ...ref, userPoolId, edit, expected: loaded.version });
    expect(done.changes).toEqual(preview.changes);
    expect(done.config.settings).toMatchObject({ Policies: { PasswordPolicy: { MinimumLength: 14 } } });

    const stale = await core.dispatch('userPools:update', { ...ref, userPoolId, edit, expected: loaded.version }, ctx);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a 5-character password minimum before any AWS call, naming the limit', async () => {
    const result = await core.dispatch(
      'userPools:update',
      { ...ref, userPoolId, edit: { Policies: { PasswordPolicy: { MinimumLength: 5 } } } },
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ message: 'The minimum password length must be at least 6' }] },
      },
    });
  });

  it('adds a custom attribute, and refuses writes on a read-only profile', async () => {
    const config = await ok<PoolConfig>('userPools:add-custom-attributes', {
      ...ref,
      userPoolId,
      attributes: [{ Name: 'region_code', AttributeDataType: 'String', Mutable: false }],
    });
    expect(config.fixed.schema.some((a) => a.name === 'custom:region_code' && !a.mutable)).toBe(true);

    await ok('settings:set-read-only', { profile: ref.profile, readOnly: true });
    const edit = { DeletionProtection: 'ACTIVE' };
    expect(await core.dispatch('userPools:update', { ...ref, userPoolId, edit }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // Reading and previewing stay allowed: a read-only profile can still see what an edit would do.
    expect(await core.dispatch('userPools:preview-update', { ...ref, userPoolId, edit }, ctx)).toMatchObject({
      ok: true,
    });
  });
});
