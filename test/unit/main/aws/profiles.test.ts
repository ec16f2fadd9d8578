import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileConfig, ServiceName } from '../../../../src/main/aws/profiles';
import { endpointFor, loadProfiles } from '../../../../src/main/aws/profiles';
import type { TempAwsDir } from '../../helpers/aws-fixtures';
import { copyFixtures, FIXTURE_KEYS, withEnv, writeAwsFiles } from '../../helpers/aws-fixtures';

const temps: TempAwsDir[] = [];
function temp(config: string, credentials = ''): TempAwsDir {
  const t = writeAwsFiles(config, credentials);
  temps.push(t);
  return t;
}
afterAll(() => temps.forEach((t) => t.cleanup()));

function byName(profiles: ProfileConfig[], name: string): ProfileConfig {
  const found = profiles.find((p) => p.name === name);
  if (!found) throw new Error(`profile ${name} not loaded; got ${profiles.map((p) => p.name).join(', ')}`);
  return found;
}

describe('loadProfiles with the fixture files', () => {
  let fixtures: TempAwsDir;
  let profiles: ProfileConfig[];
  beforeAll(async () => {
    fixtures = copyFixtures();
    temps.push(fixtures);
    profiles = await loadProfiles(fixtures.files);
  });

  it('lists config profiles in file order, default first, then profiles only in the credentials file', () => {
    expect(profiles.map((p) => p.name)).toEqual([
      'default',
      'sso-modern',
      'sso-legacy',
      'admin-mfa',
      'from-process',
      'emulator-endpoint',
      'local-emulators',
      'ci-bot',
    ]);
  });

  it('does not turn sso-session or services sections into profiles', () => {
    expect(profiles.map((p) => p.name).filter((n) => n.includes('acme') || n.includes('local-emulators.'))).toEqual([]);
  });

  it('tells each kind of profile apart', () => {
    expect(Object.fromEntries(profiles.map((p) => [p.name, p.kind]))).toEqual({
      default: 'static',
      'sso-modern': 'sso',
      'sso-legacy': 'sso',
      'admin-mfa': 'assume-role',
      'from-process': 'process',
      'emulator-endpoint': 'static',
      'local-emulators': 'static',
      'ci-bot': 'static',
    });
  });

  it('reads regions from the config file and, for credentials-only profiles, from the credentials file', () => {
    expect(Object.fromEntries(profiles.map((p) => [p.name, p.region]))).toEqual({
      default: 'eu-west-1',
      'sso-modern': 'eu-central-1',
      'sso-legacy': 'us-west-2',
      'admin-mfa': 'ap-southeast-2',
      'from-process': 'ca-central-1',
      'emulator-endpoint': 'us-east-1',
      'local-emulators': 'us-east-1',
      'ci-bot': 'us-east-2',
    });
  });

  it('takes the SSO start URL from the sso-session section, or from the legacy profile itself', () => {
    expect(byName(profiles, 'sso-modern')).toMatchObject({
      ssoSession: 'acme-corp',
      ssoStartUrl: 'https://acme-corp-fixture.awsapps.com/start',
    });
    const legacy = byName(profiles, 'sso-legacy');
    expect(legacy.ssoSession).toBeUndefined();
    expect(legacy.ssoStartUrl).toBe('https://legacy-corp-fixture.awsapps.com/start');
  });

  it('keeps the role, source profile and MFA serial of an assume-role profile', () => {
    expect(byName(profiles, 'admin-mfa')).toMatchObject({
      roleArn: 'arn:aws:iam::123456789012:role/CognitoAdmin',
      sourceProfile: 'default',
      mfaSerial: 'arn:aws:iam::123456789012:mfa/fixture-user',
    });
    expect(profiles.filter((p) => p.mfaSerial).map((p) => p.name)).toEqual(['admin-mfa']);
  });

  it('keeps the credential_process command', () => {
    expect(byName(profiles, 'from-process').credentialProcess).toContain('credential-process.mjs');
  });

  it('reads endpoint_url and the per-service endpoints of a services section', () => {
    expect(byName(profiles, 'emulator-endpoint')).toMatchObject({
      endpointUrl: 'http://127.0.0.1:4566',
      serviceEndpoints: {},
    });
    expect(byName(profiles, 'local-emulators')).toMatchObject({
      endpointUrl: 'http://127.0.0.1:4999',
      serviceEndpoints: { cognitoIdp: 'http://127.0.0.1:5001', sesv2: 'http://127.0.0.1:5002' },
    });
    expect(byName(profiles, 'default').endpointUrl).toBeUndefined();
  });

  it('never copies a key, secret or session token into the profile data', () => {
    const text = JSON.stringify(profiles);
    for (const keys of Object.values(FIXTURE_KEYS)) {
      for (const secret of Object.values(keys)) expect(text).not.toContain(secret);
    }
  });
});

describe('loadProfiles edge cases', () => {
  it('puts default first even when the file lists it last', async () => {
    const t = temp(
      '[profile zeta]\nregion = eu-west-1\n[profile alpha]\nregion = eu-west-2\n[default]\nregion = eu-west-3\n',
    );
    expect((await loadProfiles(t.files)).map((p) => p.name)).toEqual(['default', 'zeta', 'alpha']);
  });

  it('lets the credentials file win over the config file for the same key, as the SDK does', async () => {
    const t = temp(
      '[profile both]\nregion = eu-west-1\n',
      '[both]\nregion = sa-east-1\naws_access_key_id = AKIAX\naws_secret_access_key = s\n',
    );
    expect(byName(await loadProfiles(t.files), 'both')).toMatchObject({ region: 'sa-east-1', kind: 'static' });
  });

  it('calls a profile with static keys static even if it also has SSO settings (the SDK uses the keys)', async () => {
    const t = temp(
      '[profile mixed]\nsso_start_url = https://x.awsapps.com/start\nsso_account_id = 111122223333\n',
      '[mixed]\naws_access_key_id = AKIAX\naws_secret_access_key = s\n',
    );
    expect(byName(await loadProfiles(t.files), 'mixed').kind).toBe('static');
  });

  it('recognises web-identity profiles and profiles it cannot resolve', async () => {
    const t = temp(
      '[profile oidc]\nrole_arn = arn:aws:iam::123456789012:role/Ci\nweb_identity_token_file = /tmp/token\n[profile bare]\nregion = eu-west-1\n',
    );
    const loaded = await loadProfiles(t.files);
    expect(byName(loaded, 'oidc').kind).toBe('web-identity');
    expect(byName(loaded, 'bare').kind).toBe('other');
  });

  it('also accepts the hyphenated service key in a services section', async () => {
    const t = temp(
      '[profile h]\nservices = hy\n[services hy]\ncognito-identity-provider =\n  endpoint_url = http://127.0.0.1:7001\nsts =\n  endpoint_url = http://127.0.0.1:7002\n',
    );
    expect(byName(await loadProfiles(t.files), 'h').serviceEndpoints).toEqual({
      cognitoIdp: 'http://127.0.0.1:7001',
      sts: 'http://127.0.0.1:7002',
    });
  });

  it('ignores a services name with no matching section instead of failing', async () => {
    const t = temp('[profile lost]\nservices = nowhere\nendpoint_url = http://127.0.0.1:7003\n');
    const lost = byName(await loadProfiles(t.files), 'lost');
    expect(lost.serviceEndpoints).toEqual({});
    expect(endpointFor(lost, 'cognitoIdp', {})).toBe('http://127.0.0.1:7003');
  });

  it('returns no profiles when neither file exists', async () => {
    const dir = path.join(tmpdir(), 'cc-does-not-exist');
    expect(
      await loadProfiles({ configFilepath: path.join(dir, 'config'), filepath: path.join(dir, 'credentials') }),
    ).toEqual([]);
  });
});

describe('endpointFor precedence', () => {
  let profiles: ProfileConfig[];
  beforeAll(async () => {
    const fixtures = copyFixtures({
      config:
        '\n[profile no-endpoints]\nignore_configured_endpoint_urls = true\nendpoint_url = http://127.0.0.1:4998\n',
    });
    temps.push(fixtures);
    profiles = await loadProfiles(fixtures.files);
  });
  const svc = (name: string, service: ServiceName, env: NodeJS.ProcessEnv): string | undefined =>
    endpointFor(byName(profiles, name), service, env);

  it('uses the services section for the services it names and endpoint_url for the others', () => {
    expect(svc('local-emulators', 'cognitoIdp', {})).toBe('http://127.0.0.1:5001');
    expect(svc('local-emulators', 'sesv2', {})).toBe('http://127.0.0.1:5002');
    expect(svc('local-emulators', 'sts', {})).toBe('http://127.0.0.1:4999');
    expect(svc('local-emulators', 'cognitoIdentity', {})).toBe('http://127.0.0.1:4999');
    expect(svc('emulator-endpoint', 'sts', {})).toBe('http://127.0.0.1:4566');
    expect(svc('default', 'cognitoIdp', {})).toBeUndefined();
  });

  it('lets AWS_ENDPOINT_URL beat the profile, and AWS_ENDPOINT_URL_<SERVICE> beat both', () => {
    const env = { AWS_ENDPOINT_URL: 'http://global:1', AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: 'http://idp:2' };
    expect(svc('local-emulators', 'cognitoIdp', env)).toBe('http://idp:2');
    expect(svc('local-emulators', 'sesv2', env)).toBe('http://global:1');
    expect(svc('default', 'sts', env)).toBe('http://global:1');
  });

  it.each([
    ['cognitoIdp', 'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER'],
    ['cognitoIdentity', 'AWS_ENDPOINT_URL_COGNITO_IDENTITY'],
    ['sesv2', 'AWS_ENDPOINT_URL_SESV2'],
    ['sts', 'AWS_ENDPOINT_URL_STS'],
  ] as const)('reads %s from %s and no other service from it', (service, variable) => {
    const env = { [variable]: 'http://only-this:9' };
    expect(svc('local-emulators', service, env)).toBe('http://only-this:9');
    const others = (['cognitoIdp', 'cognitoIdentity', 'sesv2', 'sts'] as const).filter((s) => s !== service);
    for (const other of others) expect(svc('local-emulators', other, env)).not.toBe('http://only-this:9');
  });

  it('treats an empty variable as unset, as the SDK does', () => {
    expect(
      svc('local-emulators', 'cognitoIdp', { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: '', AWS_ENDPOINT_URL: '' }),
    ).toBe('http://127.0.0.1:5001');
  });

  it('ignores every configured endpoint when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true', () => {
    const env = {
      AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
      AWS_ENDPOINT_URL: 'http://global:1',
      AWS_ENDPOINT_URL_STS: 'http://sts:3',
    };
    for (const service of ['cognitoIdp', 'cognitoIdentity', 'sesv2', 'sts'] as const) {
      expect(svc('local-emulators', service, env)).toBeUndefined();
    }
    expect(svc('local-emulators', 'cognitoIdp', { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false' })).toBe(
      'http://127.0.0.1:5001',
    );
  });

  it('honours ignore_configured_endpoint_urls in the profile, unless the variable says false', () => {
    expect(svc('no-endpoints', 'sts', {})).toBeUndefined();
    expect(svc('no-endpoints', 'sts', { AWS_ENDPOINT_URL: 'http://global:1' })).toBeUndefined();
    expect(svc('no-endpoints', 'sts', { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false' })).toBe('http://127.0.0.1:4998');
  });

  describe('with process.env', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    it('reads process.env when no env is passed', () => {
      restore = withEnv({
        AWS_ENDPOINT_URL_SESV2: 'http://from-process-env:4',
        AWS_ENDPOINT_URL: undefined,
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined,
      });
      expect(endpointFor(byName(profiles, 'default'), 'sesv2')).toBe('http://from-process-env:4');
      expect(endpointFor(byName(profiles, 'default'), 'sts')).toBeUndefined();
    });
  });
});

describe('loadProfiles without explicit paths', () => {
  let home: string;
  let restore: (() => void) | undefined;
  beforeAll(() => {
    home = mkdtempSync(path.join(tmpdir(), 'cc-home-'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  afterEach(() => restore?.());

  it('reads AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', async () => {
    const t = temp(
      '[profile env-config]\nregion = eu-north-1\n',
      '[env-creds]\naws_access_key_id = AKIAX\naws_secret_access_key = s\n',
    );
    restore = withEnv({
      HOME: home,
      USERPROFILE: home,
      AWS_CONFIG_FILE: t.files.configFilepath,
      AWS_SHARED_CREDENTIALS_FILE: t.files.filepath,
    });
    const loaded = await loadProfiles();
    expect(loaded.map((p) => [p.name, p.kind, p.region])).toEqual([
      ['env-config', 'other', 'eu-north-1'],
      ['env-creds', 'static', undefined],
    ]);
  });

  it('falls back to ~/.aws under HOME when the variables are unset', async () => {
    mkdirSync(path.join(home, '.aws'), { recursive: true });
    writeFileSync(path.join(home, '.aws', 'config'), '[profile from-home]\nregion = eu-south-1\n');
    restore = withEnv({
      HOME: home,
      USERPROFILE: home,
      AWS_CONFIG_FILE: undefined,
      AWS_SHARED_CREDENTIALS_FILE: undefined,
    });
    expect((await loadProfiles()).map((p) => p.name)).toEqual(['from-home']);
  });
});
