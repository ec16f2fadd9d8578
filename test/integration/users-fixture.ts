import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Core, CoreOptions } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { CallContext } from '../../src/main/ipc/router';
import { mapLimit } from '../../src/main/services/map-limit';
import type { EventName, EventOf } from '../../src/shared/ipc/channels';
import type { JobDetail } from '../../src/shared/model/jobs';

export const KEYS = { accessKeyId: 'AKIAFAKEUSERSTEST001', secretAccessKey: 'fake-secret-for-the-users-tests' };

/** A core whose profile "users-test" points at moto with static keys; every event is recorded. */
export function usersCore(
  endpoint: string,
  region: string,
  extra: Partial<CoreOptions> = {},
): {
  core: Core;
  ctx: CallContext;
  events: { event: EventName; payload: unknown }[];
  dir: string;
  dispose(): Promise<void>;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-users-'));
  writeFileSync(path.join(dir, 'config'), `[profile users-test]\nregion = ${region}\nendpoint_url = ${endpoint}\n`);
  writeFileSync(
    path.join(dir, 'credentials'),
    `[users-test]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
  );
  const core = createCore({
    dataDir: path.join(dir, 'data'),
    host: 'web',
    version: 'test',
    files: { configFilepath: path.join(dir, 'config'), filepath: path.join(dir, 'credentials') },
    env: {},
    ...extra,
  });
  const events: { event: EventName; payload: unknown }[] = [];
  const ctx: CallContext = {
    senderId: 'users-test-window',
    emit: (event, payload) => void events.push({ event, payload }),
  };
  return {
    core,
    ctx,
    events,
    dir,
    async dispose() {
      await core.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function payloads<E extends EventName>(events: { event: EventName; payload: unknown }[], name: E): EventOf<E>[] {
  return events.filter((e) => e.event === name).map((e) => e.payload as EventOf<E>);
}

export function testIdp(endpoint: string, region: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ region, endpoint, credentials: KEYS });
}

/** A pool with two custom attributes, like the ones administrators search on. */
export async function createTestPool(idp: CognitoIdentityProviderClient, name: string): Promise<string> {
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({
      PoolName: name,
      Schema: [
        { Name: 'dept', AttributeDataType: 'String', Mutable: true },
        { Name: 'note', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: { MaxLength: '2048' } },
      ],
    }),
  );
  if (!UserPool?.Id) throw new Error('moto returned no pool id');
  return UserPool.Id;
}

/** Users user-000..., invitation suppressed, seeded 8 at a time. */
export async function seedUsers(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  count: number,
  attributes: (i: number) => Record<string, string> = (i) => ({
    email: `user-${String(i).padStart(3, '0')}@example.com`,
    'custom:dept': i % 2 ? 'sales' : 'ops',
  }),
  prefix = 'user',
): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
  await mapLimit(names, 8, (name, i) =>
    idp.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: name,
        MessageAction: 'SUPPRESS',
        UserAttributes: Object.entries(attributes(i)).map(([Name, Value]) => ({ Name, Value })),
      }),
    ),
  );
  return names;
}

/** A channel called through the core as a window would; an error answer throws with its wire error. */
export function coreCalls(env: { core: Core; ctx: CallContext }): {
  call: <T>(channel: string, request: object) => Promise<T>;
  jobEnd: (jobId: string) => Promise<JobDetail>;
} {
  const call = async <T>(channel: string, request: object): Promise<T> => {
    const got = await env.core.dispatch(channel, request, env.ctx);
    if (!got.ok) throw new Error(JSON.stringify(got.error));
    return got.value as T;
  };
  /** The job's detail once it is no longer running (polled every 25 ms, 20 s at most). */
  const jobEnd = async (jobId: string): Promise<JobDetail> => {
    for (let i = 0; i < 800; i++) {
      const detail = await call<JobDetail>('jobs:get', { jobId });
      if (detail.state !== 'running') return detail;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`job ${jobId} did not end`);
  };
  return { call, jobEnd };
}
