import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { AwsCredentialIdentity } from '@smithy/types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { CallContext } from '../../src/main/ipc/router';
import { SANDBOX_CREDENTIALS } from '../../src/main/sandbox/credentials';
import type { ChannelName, EventOf, RequestOf } from '../../src/shared/ipc/channels';
import { CHANNEL_NAMES } from '../../src/shared/ipc/channels';
import type { ProfileRef } from '../../src/shared/model/profiles';
import { SANDBOX_PROFILE, SANDBOX_REGION } from '../../src/shared/model/profiles';
import { PYTHON } from '../helpers/moto';

// Its own region keeps this file's pools apart from other files' pools in the shared emulator.
const REGION = 'ap-northeast-3';
const STATIC = {
  accessKeyId: 'AKIALEAKTESTSTATIC01',
  secretAccessKey: 'leakTestStaticSecret/MUST+NOT+LEAK/00001',
  sessionToken: 'leakTestStaticSessionToken/MUST+NOT+LEAK/00000000001',
};
const SOURCE = { accessKeyId: 'AKIALEAKTESTSOURCE01', secretAccessKey: 'leakTestSourceSecret/MUST+NOT+LEAK/00002' };
const PROCESS_SECRET = 'leakTestProcessSecret/MUST+NOT+LEAK/00003';
const SECRETS = [
  ...Object.values(STATIC),
  ...Object.values(SOURCE),
  PROCESS_SECRET,
  SANDBOX_CREDENTIALS.accessKeyId,
  SANDBOX_CREDENTIALS.secretAccessKey,
];
/** Any AWS access key id, including the temporary ones moto issues for the assumed role. */
const KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/;

interface Prepared {
  poolId: string;
  poolName: string;
}
const LEAK_CLIENT = 'leakcheckclient0000000001';
const NO_IDENTITY_POOL = (ref: ProfileRef) => `${ref.region}:00000000-0000-0000-0000-000000000000`;
type Sample<C extends ChannelName> = (ref: ProfileRef, prepared: Prepared) => RequestOf<C>;

/** A valid request for every channel. A channel added to the contract without a sample here fails typecheck. */
const SAMPLES: { [C in ChannelName]: Sample<C> } = {
  'app:info': () => ({}),
  'settings:get': () => ({}),
  'settings:update': (ref) => ({ theme: 'dark', lastProfile: ref.profile, lastRegion: ref.region }),
  'settings:set-read-only': (ref) => ({ profile: ref.profile, readOnly: false }),
  'profiles:list': () => ({}),
  'profiles:connect': (ref) => ref,
  'credentials:mfa-answer': () => ({ promptId: randomUUID(), code: '123456' }),
  'sandbox:status': () => ({}),
  'sandbox:install-moto': () => ({}),
  'userPools:list': (ref) => ref,
  'ses:account': (ref) => ref,
  'identityPools:list': (ref) => ref,
  'identityPools:create': (ref) => ({
    ...ref,
    pool: {
      name: 'leak_check',
      allowUnauthenticated: false,
      allowClassicFlow: false,
      cognitoProviders: [],
      supportedLoginProviders: {},
      openIdConnectProviderArns: [],
      samlProviderArns: [],
    },
  }),
  'identityPools:preview-update': (ref) => ({
    ...ref,
    identityPoolId: NO_IDENTITY_POOL(ref),
    edit: { allowClassicFlow: true },
  }),
  'identityPools:update': (ref) => ({
    ...ref,
    identityPoolId: NO_IDENTITY_POOL(ref),
    edit: { allowClassicFlow: true },
  }),
  'identityPools:get-roles': (ref) => ({ ...ref, identityPoolId: NO_IDENTITY_POOL(ref) }),
  'identityPools:set-roles': (ref) => ({
    ...ref,
    identityPoolId: NO_IDENTITY_POOL(ref),
    roles: { authenticatedRoleArn: 'arn:aws:iam::123456789012:role/leak-check', roleMappings: {} },
  }),
  'identityPools:describe': (ref) => ({ ...ref, identityPoolId: `${ref.region}:00000000-0000-0000-0000-000000000000` }),
  'identityPools:delete': (ref) => ({
    ...ref,
    identityPoolId: `${ref.region}:00000000-0000-0000-0000-000000000000`,
    confirmName: 'not-a-pool',
  }),
  'ses:identities': (ref) => ref,
  'ses:configuration-sets': (ref) => ref,
  'ses:identity': (ref) => ({ ...ref, identity: 'leak-check.example.com' }),
  'ses:create-identity': (ref) => ({ ...ref, identity: 'leak-check.example.com' }),
  'ses:delete-identity': (ref) => ({
    ...ref,
    identity: 'leak-check.example.com',
    confirmName: 'leak-check.example.com',
  }),
  'ses:create-configuration-set': (ref) => ({
    ...ref,
    set: {
      name: 'leak-check',
      sendingEnabled: true,
      reputationMetricsEnabled: false,
      suppressedReasons: [],
      tlsPolicy: 'OPTIONAL',
    },
  }),
  'ses:delete-configuration-set': (ref) => ({ ...ref, name: 'leak-check', confirmName: 'leak-check' }),
  'ses:configuration-set-uses': (ref) => ref,
  'sesTemplates:list': (ref) => ref,
  'sesTemplates:get': (ref) => ({ ...ref, name: 'leak-check' }),
  'sesTemplates:create': (ref) => ({
    ...ref,
    template: { name: 'leak-check', subject: 'Hi {{name}}', html: '<p>Hi {{name}}</p>', text: '' },
  }),
  'sesTemplates:update': (ref) => ({
    ...ref,
    template: { name: 'leak-check', subject: 'Hello {{name}}', html: '<p>Hello {{name}}</p>', text: '' },
  }),
  'sesTemplates:render': (ref) => ({ ...ref, name: 'leak-check', data: '{"name": "Ada"}' }),
  'sesTemplates:send': (ref) => ({
    ...ref,
    send: { name: 'leak-check', from: 'no-reply@example.com', to: 'leak@example.com', data: '{"name": "Ada"}' },
  }),
  'sesTemplates:delete': (ref) => ({ ...ref, name: 'leak-check', confirmName: 'leak-check' }),
  'ses:request-production-access': (ref) => ({
    ...ref,
    request: {
      mailType: 'TRANSACTIONAL',
      websiteUrl: 'https://example.com',
      useCaseDescription: '',
      contactLanguage: 'EN',
      additionalContacts: [],
    },
  }),
  'preflight:pool': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'preflight:region': (ref) => ref,
  'userPools:describe': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:preview-update': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    edit: { Policies: { PasswordPolicy: { MinimumLength: 10 } } },
  }),
  'userPools:update': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    edit: { Policies: { PasswordPolicy: { MinimumLength: 10 } } },
  }),
  'userPools:add-custom-attributes': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    attributes: [{ Name: 'leak_check', AttributeDataType: 'String', Mutable: true }],
  }),
  'userPools:list-clients': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  // No client of this id exists: the call still crosses IPC (NOT_FOUND) and must leak nothing.
  'userPools:describe-client': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId, clientId: LEAK_CLIENT }),
  'userPools:create-client': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    client: { ClientName: 'leak-check', GenerateSecret: true },
  }),
  'userPools:preview-client-update': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    clientId: LEAK_CLIENT,
    edit: { ClientName: 'leak-check-2' },
  }),
  'userPools:update-client': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    clientId: LEAK_CLIENT,
    edit: { ClientName: 'leak-check-2' },
  }),
  'userPools:reveal-client-secret': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    clientId: LEAK_CLIENT,
  }),
  'userPools:delete-client': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    clientId: LEAK_CLIENT,
    confirmName: 'leak-check',
  }),
  'userPools:compare': (ref, prepared) => ({
    left: { ...ref, userPoolId: prepared.poolId },
    right: { ...ref, userPoolId: prepared.poolId },
  }),
  'userPools:create': (ref) => ({ ...ref, pool: { PoolName: 'leak-created' } }),
  'userPools:export': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:create-from-export': (ref) => ({
    ...ref,
    data: { format: 'cognito-console/pool-export@1', pool: { PoolName: 'leak-copy' }, clients: [], groups: [] },
  }),
  'userPools:domain': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:check-domain': (ref) => ({ ...ref, prefix: 'leak-check-domain' }),
  'userPools:create-domain': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    prefix: `leak-${prepared.poolId.slice(-8).toLowerCase()}`,
  }),
  'userPools:create-custom-domain': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    domain: 'auth.leak.example.com',
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
  }),
  'userPools:update-domain-certificate': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
  }),
  'userPools:delete-domain': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    domain: `leak-${prepared.poolId.slice(-8).toLowerCase()}`,
  }),
  'userPools:mfa': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:set-mfa': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    edit: { MfaConfiguration: 'OPTIONAL', Totp: true },
  }),
  'userPools:risk': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:set-risk': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    risk: { compromisedAction: 'BLOCK', skippedIpRanges: ['203.0.113.0/24'] },
  }),
  'userPools:passkeys': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:set-passkeys': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    passkeys: { relyingPartyId: 'auth.example.com', userVerification: 'preferred' },
  }),
  'userPools:log-delivery': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:set-log-delivery': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    logs: { notificationLogGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:leak-check' },
  }),
  'userPools:branding': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId }),
  'userPools:create-branding': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId, clientId: LEAK_CLIENT }),
  'userPools:delete-branding': (ref, prepared) => ({
    ...ref,
    userPoolId: prepared.poolId,
    clientId: LEAK_CLIENT,
    brandingId: '8f6a1c2e-0b7d-4e1a-9f3c-2d5e6f7a8b9c',
    confirmName: 'leak-client',
  }),
  'userPools:delete': (ref, prepared) => ({ ...ref, userPoolId: prepared.poolId, confirmName: prepared.poolName }),
  // Issue 5: by now userPools:delete has removed the pool, so these reach AWS and fail there (NOT_FOUND, AWS_AUTH).
  'users:load': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    filter: { attribute: 'email', operator: '^=', value: 'a' },
  }),
  'users:load-cancel': () => ({ loadId: randomUUID() }),
  'users:get': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, username: 'leak-user' }),
  'users:create': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    username: 'leak-user',
    attributes: { email: 'leak@example.com' },
    temporaryPassword: 'Leak-Passw0rd!',
    messageAction: 'SUPPRESS',
  }),
  'users:update-attributes': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    username: 'leak-user',
    attributes: { name: 'L' },
  }),
  'users:action': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, username: 'leak-user', action: 'disable' }),
  'users:set-password': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    username: 'leak-user',
    password: 'Leak-Passw0rd!',
    permanent: true,
  }),
  'users:add-to-group': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, username: 'leak-user', groupName: 'g' }),
  'users:mfa': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, usernames: ['leak-user'] }),
  'users:set-mfa': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    username: 'leak-user',
    mfa: { sms: { enabled: true, preferred: true } },
  }),
  'users:remove-from-group': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    username: 'leak-user',
    groupName: 'g',
  }),
  'groups:list': (ref, { poolId }) => ({ ...ref, userPoolId: poolId }),
  'groups:members': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, groupName: 'g' }),
  'groups:create': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, groupName: 'g', precedence: 1 }),
  'groups:update': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, groupName: 'g', description: 'd' }),
  'groups:delete': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, groupName: 'g' }),
  'jobs:start-bulk': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, action: 'disable', usernames: ['leak-user'] }),
  'jobs:start-export': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, format: 'json' }),
  'users:import-header': (ref, { poolId }) => ({ ...ref, userPoolId: poolId }),
  'users:import-check': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, csv: 'cognito:username\nleak\n' }),
  'jobs:start-import': (ref, { poolId }) => ({
    ...ref,
    userPoolId: poolId,
    jobName: 'leak',
    cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/LeakImport',
    csv: 'cognito:username\nleak\n',
  }),
  'jobs:list': () => ({}),
  'jobs:get': () => ({ jobId: randomUUID() }),
  'jobs:cancel': () => ({ jobId: randomUUID() }),
  'jobs:retry-failures': () => ({ jobId: randomUUID() }),
  'jobs:resume-export': () => ({ jobId: randomUUID() }),
  'userIndex:status': (ref, { poolId }) => ({ ...ref, userPoolId: poolId }),
  'userIndex:sync': (ref, { poolId }) => ({ ...ref, userPoolId: poolId }),
  'userIndex:query': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, query: { search: 'leak' } }),
  'userIndex:count': (ref, { poolId }) => ({ ...ref, userPoolId: poolId, selection: { search: 'leak' } }),
};

function sampleFor(channel: ChannelName, ref: ProfileRef, prepared: Prepared): unknown {
  return (SAMPLES[channel] as Sample<ChannelName>)(ref, prepared);
}

async function createPool(endpoint: string, region: string, credentials: AwsCredentialIdentity): Promise<Prepared> {
  const idp = new CognitoIdentityProviderClient({ region, endpoint, credentials });
  try {
    const poolName = `leak-test-${randomUUID().slice(0, 8)}`;
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: poolName }));
    if (!UserPool?.Id) throw new Error('moto did not return a pool id');
    return { poolId: UserPool.Id, poolName };
  } finally {
    idp.destroy();
  }
}

describe('no secret ever crosses IPC', () => {
  const moto = inject('motoEndpoint');
  const record: { profile: string; channel: string; round: number; envelope: unknown }[] = [];
  const emitted: { event: string; payload: unknown }[] = [];
  let dir: string;
  let core: Core;

  const ctx: CallContext = {
    senderId: 'leak-window',
    emit(event, payload) {
      emitted.push({ event, payload });
      if (event === 'credentials:mfa-prompt') {
        const { promptId } = payload as EventOf<'credentials:mfa-prompt'>;
        setTimeout(() => void core.dispatch('credentials:mfa-answer', { promptId, code: '112233' }, ctx), 5);
      }
    },
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-leak-'));
    const script = path.join(dir, 'leaky-process.mjs');
    // A credential_process that fails loudly, with its secret on stderr and in broken JSON on stdout.
    writeFileSync(
      script,
      `process.stderr.write('debug: secret=${PROCESS_SECRET}\\n');\nprocess.stdout.write('{"Version":1,"SecretAccessKey":"${PROCESS_SECRET}"');\nprocess.exit(1);\n`,
    );
    const config = [
      `[profile leak-static]\nregion = ${REGION}\nendpoint_url = ${moto}\n`,
      `[profile leak-source]\nregion = ${REGION}\n`,
      `[profile leak-mfa]\nrole_arn = arn:aws:iam::123456789012:role/LeakTest\nsource_profile = leak-source\nmfa_serial = arn:aws:iam::123456789012:mfa/leak\nregion = ${REGION}\nendpoint_url = ${moto}\n`,
      `[profile leak-process]\ncredential_process = "${process.execPath}" "${script}"\nregion = ${REGION}\nendpoint_url = ${moto}\n`,
    ].join('\n');
    const credentials = [
      `[leak-static]\naws_access_key_id = ${STATIC.accessKeyId}\naws_secret_access_key = ${STATIC.secretAccessKey}\naws_session_token = ${STATIC.sessionToken}\n`,
      `[leak-source]\naws_access_key_id = ${SOURCE.accessKeyId}\naws_secret_access_key = ${SOURCE.secretAccessKey}\n`,
    ].join('\n');
    writeFileSync(path.join(dir, 'config'), config);
    writeFileSync(path.join(dir, 'credentials'), credentials);
    core = createCore({
      dataDir: path.join(dir, 'data'),
      host: 'web',
      version: 'test',
      files: { configFilepath: path.join(dir, 'config'), filepath: path.join(dir, 'credentials') },
      env: {},
      pythonCandidates: [PYTHON],
    });
  });
  afterAll(async () => {
    await core.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function everyChannel(ref: ProfileRef, prepare: () => Promise<Prepared>): Promise<void> {
    // Connect first, so the sandbox is running (and the MFA prompt answered) before a pool is made to delete.
    record.push({
      profile: ref.profile,
      channel: 'profiles:connect',
      round: 0,
      envelope: await core.dispatch('profiles:connect', ref, ctx),
    });
    const prepared = await prepare();
    for (const round of [1, 2]) {
      for (const channel of CHANNEL_NAMES) {
        record.push({
          profile: ref.profile,
          channel,
          round,
          envelope: await core.dispatch(channel, sampleFor(channel, ref, prepared), ctx),
        });
      }
    }
  }
  const envelopes = (profile: string, channel: string, round = 1): unknown[] =>
    record.filter((r) => r.profile === profile && r.channel === channel && r.round === round).map((r) => r.envelope);

  it('has a sample for every channel, each of them valid', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('dispatches every channel for a static-keys profile', async () => {
    const ref = { profile: 'leak-static', region: REGION };
    await everyChannel(ref, () => createPool(moto, REGION, STATIC));
    expect(envelopes('leak-static', 'profiles:connect', 0)).toEqual([
      { ok: true, value: expect.objectContaining({ accountId: '123456789012' }) as unknown },
    ]);
    expect(envelopes('leak-static', 'userPools:list')).toEqual([{ ok: true, value: expect.any(Array) as unknown }]);
    expect(envelopes('leak-static', 'userPools:delete')).toEqual([{ ok: true, value: null }]);
    expect(envelopes('leak-static', 'userPools:delete', 2)).toEqual([
      { ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) as unknown },
    ]);
  });

  it('dispatches every channel for the Local sandbox', async () => {
    const ref = { profile: SANDBOX_PROFILE, region: SANDBOX_REGION };
    await everyChannel(ref, () => {
      const endpoint = core.sandbox.getStatus().endpoint;
      if (!endpoint) throw new Error(`sandbox not running: ${JSON.stringify(core.sandbox.getStatus())}`);
      return createPool(endpoint, SANDBOX_REGION, SANDBOX_CREDENTIALS);
    });
    expect(envelopes(SANDBOX_PROFILE, 'profiles:connect', 0)).toEqual([
      { ok: true, value: expect.objectContaining({ profile: SANDBOX_PROFILE }) as unknown },
    ]);
    expect(envelopes(SANDBOX_PROFILE, 'userPools:delete')).toEqual([{ ok: true, value: null }]);
    expect(emitted.some((e) => e.event === 'sandbox:progress')).toBe(true);
  });

  it('dispatches every channel for an assume-role profile with MFA, and for a failing credential_process', async () => {
    const mfa = { profile: 'leak-mfa', region: REGION };
    await everyChannel(mfa, () => createPool(moto, REGION, SOURCE));
    expect(envelopes('leak-mfa', 'profiles:connect', 0)).toEqual([
      {
        ok: true,
        value: expect.objectContaining({ arn: expect.stringContaining('assumed-role/LeakTest') as unknown }) as unknown,
      },
    ]);
    expect(emitted.filter((e) => e.event === 'credentials:mfa-prompt').length).toBeGreaterThan(0);

    const failing = { profile: 'leak-process', region: REGION };
    await everyChannel(failing, () => Promise.resolve({ poolId: `${REGION}_Missing0`, poolName: 'missing' }));
    expect(envelopes('leak-process', 'userPools:list')).toEqual([
      { ok: false, error: expect.objectContaining({ code: 'AWS_AUTH' }) as unknown },
    ]);
  });

  it('never puts a key, secret or session token in a response or an event', () => {
    expect(record.length).toBeGreaterThanOrEqual(4 * (2 * CHANNEL_NAMES.length + 1));
    expect(
      record.filter((r) => JSON.stringify(r.envelope).includes('"VALIDATION"')).map((r) => `${r.profile} ${r.channel}`),
    ).toEqual([]);
    const everything = [
      ...record.map((r) => ({ where: `${r.profile} ${r.channel} #${r.round}`, text: JSON.stringify(r.envelope) })),
      ...emitted.map((e) => ({ where: e.event, text: JSON.stringify(e.payload) })),
    ];
    const leaks = everything.flatMap(({ where, text }) => [
      ...SECRETS.filter((s) => text.includes(s) || text.includes(s.slice(0, 16))).map(
        (s) => `${where}: ${s.slice(0, 12)}...`,
      ),
      ...(KEY_ID.test(text) ? [`${where}: an access key id`] : []),
    ]);
    expect(leaks).toEqual([]);
  });
});
