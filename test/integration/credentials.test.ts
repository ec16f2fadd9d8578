import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { credentialsFor } from '../../src/main/aws/credentials';
import type { ProfileConfig, ProfileFiles } from '../../src/main/aws/profiles';
import { loadProfiles } from '../../src/main/aws/profiles';
import type { Core } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { CallContext } from '../../src/main/ipc/router';
import type { EventOf } from '../../src/shared/ipc/channels';
import type { Connection } from '../../src/shared/model/profiles';

const SOURCE = { accessKeyId: 'AKIAINTEGRATIONSRC01', secretAccessKey: 'integrationSourceSecret/DO+NOT+USE/01' };
const ROLE = 'arn:aws:iam::123456789012:role/CognitoAdmin';
const SERIAL = 'arn:aws:iam::123456789012:mfa/integration-user';
const SESSION = 'integration-mfa';

/** Forwards to moto and keeps every request body, so the test can see what the SDK sent to STS. */
async function recordingProxy(
  target: string,
): Promise<{ url: string; bodies: URLSearchParams[]; close(): Promise<void> }> {
  const bodies: URLSearchParams[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      bodies.push(new URLSearchParams(body.toString('utf8')));
      const upstream = http.request(
        new URL(req.url ?? '/', target),
        { method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function callerArn(endpoint: string, credentials: AwsCredentialIdentity): Promise<string | undefined> {
  const sts = new STSClient({ region: 'us-east-1', endpoint, credentials });
  try {
    return (await sts.send(new GetCallerIdentityCommand({}))).Arn;
  } finally {
    sts.destroy();
  }
}

describe('assume-role with MFA against moto STS', () => {
  const moto = inject('motoEndpoint');
  let dir: string;
  let files: Required<ProfileFiles>;
  let profile: ProfileConfig;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-cred-int-'));
    files = { configFilepath: path.join(dir, 'config'), filepath: path.join(dir, 'credentials') };
    writeFileSync(
      files.configFilepath,
      `[profile source]\nregion = us-east-1\n\n[profile admin-mfa]\nrole_arn = ${ROLE}\nsource_profile = source\nmfa_serial = ${SERIAL}\nrole_session_name = ${SESSION}\nregion = us-east-1\nendpoint_url = ${moto}\n`,
    );
    writeFileSync(
      files.filepath,
      `[source]\naws_access_key_id = ${SOURCE.accessKeyId}\naws_secret_access_key = ${SOURCE.secretAccessKey}\n`,
    );
    const found = (await loadProfiles(files)).find((p) => p.name === 'admin-mfa');
    if (!found) throw new Error('admin-mfa not loaded');
    profile = found;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("asks for the code with the profile and serial, sends it to AssumeRole, and returns moto's role credentials", async () => {
    const proxy = await recordingProxy(moto);
    const asked: [string, string][] = [];
    try {
      const provider = credentialsFor(profile, {
        files,
        region: 'us-east-1',
        stsEndpoint: proxy.url,
        mfaCodeProvider: (name, serial) => (asked.push([name, serial]), Promise.resolve('246810')),
      });
      const creds = await provider();
      expect(asked).toEqual([['admin-mfa', SERIAL]]);

      const assume = proxy.bodies.filter((b) => b.get('Action') === 'AssumeRole');
      expect(assume).toHaveLength(1);
      expect(Object.fromEntries(assume[0] ?? [])).toMatchObject({
        RoleArn: ROLE,
        RoleSessionName: SESSION,
        SerialNumber: SERIAL,
        TokenCode: '246810',
      });

      expect(creds.accessKeyId).toMatch(/^ASIA/);
      expect(creds.accessKeyId).not.toBe(SOURCE.accessKeyId);
      expect(creds.sessionToken).toBeTruthy();
      expect(creds.expiration?.getTime()).toBeGreaterThan(Date.now());
      // moto remembers which keys it issued for which role session.
      expect(await callerArn(moto, creds)).toBe(`arn:aws:sts::123456789012:assumed-role/CognitoAdmin/${SESSION}`);
      expect(await callerArn(moto, SOURCE)).not.toContain('assumed-role');
    } finally {
      await proxy.close();
    }
  });

  it('does not call AssumeRole when the code is refused', async () => {
    const proxy = await recordingProxy(moto);
    try {
      const provider = credentialsFor(profile, {
        files,
        region: 'us-east-1',
        stsEndpoint: proxy.url,
        mfaCodeProvider: () => Promise.reject(new Error('user closed the dialog')),
      });
      await expect(provider()).rejects.toMatchObject({
        code: 'AWS_AUTH',
        details: { hint: expect.stringContaining(SERIAL) as unknown },
      });
      expect(proxy.bodies).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  describe('through the router', () => {
    let core: Core;
    const prompts: EventOf<'credentials:mfa-prompt'>[] = [];
    let answer: string | null = '135790';
    const ctx: CallContext = {
      senderId: 'mfa-window',
      emit(event, payload) {
        if (event !== 'credentials:mfa-prompt') return;
        const prompt = payload as EventOf<'credentials:mfa-prompt'>;
        prompts.push(prompt);
        // Like the renderer: answer the prompt through its own channel while connect is still waiting.
        setTimeout(
          () => void core.dispatch('credentials:mfa-answer', { promptId: prompt.promptId, code: answer }, ctx),
          10,
        );
      },
    };

    // A fresh core per test: credentials are shared per profile for the life of a core.
    beforeEach(() => {
      prompts.length = 0;
      answer = '135790';
      core = createCore({ dataDir: path.join(dir, 'data'), host: 'web', version: 'test', files, env: {} });
    });
    afterEach(() => core.dispose());

    it('prompts the calling window for a code and connects as the assumed role', async () => {
      const result = await core.dispatch('profiles:connect', { profile: 'admin-mfa', region: 'us-east-1' }, ctx);
      expect(prompts).toEqual([{ promptId: expect.any(String) as unknown, profile: 'admin-mfa', mfaSerial: SERIAL }]);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value as Connection).toMatchObject({
        profile: 'admin-mfa',
        accountId: '123456789012',
        arn: `arn:aws:sts::123456789012:assumed-role/CognitoAdmin/${SESSION}`,
      });
    });

    it('asks once per profile, not once per AWS service client or region', async () => {
      const ref = { profile: 'admin-mfa', region: 'ap-southeast-2' };
      expect(await core.dispatch('profiles:connect', ref, ctx)).toMatchObject({ ok: true });
      expect(await core.dispatch('userPools:list', ref, ctx)).toMatchObject({ ok: true });
      expect(await core.dispatch('userPools:list', { ...ref, region: 'eu-west-1' }, ctx)).toMatchObject({ ok: true });
      expect(prompts).toHaveLength(1);
    });

    it('reports CANCELLED when the window dismisses the prompt, and asks again on retry', async () => {
      answer = null;
      const ref = { profile: 'admin-mfa', region: 'eu-west-1' };
      const result = await core.dispatch('profiles:connect', ref, ctx);
      expect(prompts).toHaveLength(1);
      expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      answer = '135790';
      expect(await core.dispatch('profiles:connect', ref, ctx)).toMatchObject({ ok: true });
      expect(prompts).toHaveLength(2);
    });
  });
});
