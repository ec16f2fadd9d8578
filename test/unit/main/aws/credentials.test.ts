import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetRoleCredentialsCommand, SSOClient } from '@aws-sdk/nested-clients/sso';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CredentialOptions } from '../../../../src/main/aws/credentials';
import { credentialError, credentialsFor } from '../../../../src/main/aws/credentials';
import type { ProfileConfig } from '../../../../src/main/aws/profiles';
import { loadProfiles } from '../../../../src/main/aws/profiles';
import { AppError } from '../../../../src/shared/ipc/errors';
import type { TempAwsDir } from '../../helpers/aws-fixtures';
import { copyFixtures, FIXTURE_KEYS, withEnv } from '../../helpers/aws-fixtures';

let fixtures: TempAwsDir;
let profiles: ProfileConfig[];
let home: string;
let restoreEnv: () => void;
const mfaCalls: [string, string][] = [];

beforeAll(async () => {
  fixtures = copyFixtures();
  profiles = await loadProfiles(fixtures.files);
});
afterAll(() => fixtures.cleanup());
beforeEach(() => {
  // The SDK looks for the SSO token cache under HOME: keep it away from the developer's ~/.aws.
  home = mkdtempSync(path.join(tmpdir(), 'cc-home-'));
  restoreEnv = withEnv({
    HOME: home,
    USERPROFILE: home,
    AWS_PROFILE: undefined,
    AWS_CONFIG_FILE: undefined,
    AWS_SHARED_CREDENTIALS_FILE: undefined,
  });
  mfaCalls.length = 0;
});
afterEach(() => {
  restoreEnv();
  rmSync(home, { recursive: true, force: true });
});

function profile(name: string): ProfileConfig {
  const found = profiles.find((p) => p.name === name);
  if (!found) throw new Error(`no fixture profile ${name}`);
  return found;
}

function options(overrides: Partial<CredentialOptions> = {}): CredentialOptions {
  return {
    files: fixtures.files,
    region: 'eu-west-1',
    mfaCodeProvider: (name, serial) => {
      mfaCalls.push([name, serial]);
      return Promise.resolve('123456');
    },
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** Writes a token into the temp HOME's SSO cache the way `aws sso login` does (sha1 of the session name or start URL). */
function cacheSsoToken(key: string, token: object): void {
  const dir = path.join(home, '.aws', 'sso', 'cache');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${createHash('sha1').update(key).digest('hex')}.json`), JSON.stringify(token));
}

describe('credentialsFor', () => {
  it('gives a static profile its keys from the credentials file', async () => {
    const creds = await credentialsFor(profile('default'), options())();
    expect(creds).toMatchObject(FIXTURE_KEYS.default);
    expect(creds.sessionToken).toBeUndefined();
  });

  it('includes the session token of a static profile that has one', async () => {
    expect(await credentialsFor(profile('ci-bot'), options())()).toMatchObject(FIXTURE_KEYS['ci-bot']);
  });

  it('runs credential_process and gives back what it printed', async () => {
    const creds = await credentialsFor(profile('from-process'), options())();
    expect(creds).toMatchObject(FIXTURE_KEYS['from-process']);
    expect(creds.expiration?.getTime()).toBeGreaterThan(Date.now());
  });

  it.each(['sso-modern', 'sso-legacy'])(
    'rejects %s without a cached token with AWS_AUTH and the login command',
    async (name) => {
      const error = await rejection(credentialsFor(profile(name), options())());
      expect(error.code).toBe('AWS_AUTH');
      expect(error.details?.hint).toContain(`aws sso login --profile ${name}`);
      // The SDK must have found the profile in our files and looked for the token, not given up on ~/.aws/config.
      expect(error.message).toMatch(/SSO session/i);
      expect(error.message).not.toMatch(/not found\.$/);
      expect(mfaCalls).toEqual([]);
    },
  );

  it('rejects an expired cached token the same way', async () => {
    cacheSsoToken('https://legacy-corp-fixture.awsapps.com/start', {
      startUrl: 'https://legacy-corp-fixture.awsapps.com/start',
      region: 'us-west-2',
      accessToken: 'fixture-expired-sso-access-token',
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const error = await rejection(credentialsFor(profile('sso-legacy'), options())());
    expect(error).toMatchObject({ code: 'AWS_AUTH', message: expect.stringMatching(/expired/i) as unknown });
    expect(error.details?.hint).toContain('aws sso login --profile sso-legacy');
  });

  describe('with a cached SSO token (GetRoleCredentials mocked: no emulator implements the SSO portal API)', () => {
    const sso = mockClient(SSOClient);
    afterEach(() => sso.reset());
    afterAll(() => sso.restore());

    it('exchanges the token for role credentials in the sso-session region, not the console region', async () => {
      cacheSsoToken('acme-corp', {
        startUrl: 'https://acme-corp-fixture.awsapps.com/start',
        region: 'us-east-1',
        accessToken: 'fixture-sso-access-token-0006',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      sso.on(GetRoleCredentialsCommand).resolves({
        roleCredentials: {
          accessKeyId: 'ASIAFIXTURESSOROLE06',
          secretAccessKey: 'fixtureSsoRoleSecret/DO+NOT+USE/00000006',
          sessionToken: 'fixtureSsoRoleSessionToken/DO+NOT+USE/00000006',
          expiration: Date.now() + 3_600_000,
        },
      });
      const creds = await credentialsFor(
        profile('sso-modern'),
        options({ region: 'ap-south-1', stsEndpoint: 'http://127.0.0.1:1' }),
      )();
      expect(creds).toMatchObject({
        accessKeyId: 'ASIAFIXTURESSOROLE06',
        sessionToken: 'fixtureSsoRoleSessionToken/DO+NOT+USE/00000006',
      });

      const calls = sso.commandCalls(GetRoleCredentialsCommand);
      expect(calls.map((c) => c.args[0].input)).toEqual([
        { accountId: '111122223333', roleName: 'CognitoConsoleAdmin', accessToken: 'fixture-sso-access-token-0006' },
      ]);
      const client = calls[0]?.thisValue as SSOClient;
      expect(await client.config.region()).toBe('us-east-1');
      expect(client.config.endpoint).toBeUndefined();
    });
  });

  it('asks for an MFA code with the profile name and serial, and maps a refused code to its own error', async () => {
    const refused = new AppError('CANCELLED', 'MFA code entry was cancelled.');
    const error = await rejection(
      credentialsFor(
        profile('admin-mfa'),
        options({
          stsEndpoint: 'http://127.0.0.1:1',
          mfaCodeProvider: (n, s) => (mfaCalls.push([n, s]), Promise.reject(refused)),
        }),
      )(),
    );
    expect(error).toBe(refused);
    expect(mfaCalls).toEqual([['admin-mfa', 'arn:aws:iam::123456789012:mfa/fixture-user']]);
  });

  it('explains a failing credential_process', async () => {
    const broken: ProfileConfig = { ...profile('from-process'), name: 'broken-process' };
    const t = copyFixtures({
      config: `\n[profile broken-process]\ncredential_process = "${process.execPath}" -e "process.exit(3)"\n`,
    });
    try {
      const error = await rejection(credentialsFor(broken, options({ files: t.files }))());
      expect(error.code).toBe('AWS_AUTH');
      expect(error.details?.hint).toContain('credential_process of profile "broken-process"');
    } finally {
      t.cleanup();
    }
  });

  it('names a profile that is not in the files', async () => {
    const ghost: ProfileConfig = { name: 'ghost', kind: 'static', serviceEndpoints: {} };
    const error = await rejection(credentialsFor(ghost, options())());
    expect(error).toMatchObject({ code: 'AWS_AUTH', message: expect.stringContaining('"ghost"') as unknown });
  });
});

describe('credentialError', () => {
  it('keeps only the first line of a long SDK message and names the SDK error', () => {
    const cause = Object.assign(new Error(`first line\n${'x'.repeat(500)}`), { name: 'CredentialsProviderError' });
    const error = credentialError(profile('default'), cause);
    expect(error.message).toBe('Could not get credentials for profile "default": first line');
    expect(error.details).toMatchObject({
      awsCode: 'CredentialsProviderError',
      hint: 'Check the credentials of profile "default".',
    });
  });

  it('names the role and MFA device for an assume-role profile with MFA', () => {
    expect(credentialError(profile('admin-mfa'), new Error('boom')).details?.hint).toBe(
      'Profile "admin-mfa" assumes arn:aws:iam::123456789012:role/CognitoAdmin with MFA: enter a current code from arn:aws:iam::123456789012:mfa/fixture-user.',
    );
  });
});
