import { CognitoIdentityClient, ListIdentityPoolsCommand } from '@aws-sdk/client-cognito-identity';
import { CognitoIdentityProviderClient, ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { ListEmailIdentitiesCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { HttpRequest } from '@smithy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileConfig, ServiceName } from '../../../../src/main/aws/profiles';
import { endpointFor, loadProfiles } from '../../../../src/main/aws/profiles';
import type { TempAwsDir } from '../../helpers/aws-fixtures';
import { copyFixtures, FIXTURE_KEYS, withEnv } from '../../helpers/aws-fixtures';

/** Where the SDK itself would send a request: built after the endpoint middleware, stopped before it leaves. */
async function sdkEndpoint(service: ServiceName): Promise<string | undefined> {
  const config = { region: 'us-east-1', credentials: FIXTURE_KEYS.default, maxAttempts: 1 };
  const captured: { url?: string } = {};
  const stop = new Error('captured');
  const capture = <C extends { middlewareStack: { add: unknown } }>(client: C): C => {
    const stack = client.middlewareStack as unknown as {
      add(mw: (next: unknown) => (args: { request: HttpRequest }) => Promise<never>, o: object): void;
    };
    stack.add(
      () => (args) => {
        const { protocol, hostname, port } = args.request;
        captured.url = `${protocol}//${hostname}${port ? `:${port}` : ''}`;
        return Promise.reject(stop);
      },
      { step: 'build', name: 'captureEndpoint' },
    );
    return client;
  };
  const send = {
    cognitoIdp: () =>
      capture(new CognitoIdentityProviderClient(config)).send(new ListUserPoolsCommand({ MaxResults: 1 })),
    cognitoIdentity: () =>
      capture(new CognitoIdentityClient(config)).send(new ListIdentityPoolsCommand({ MaxResults: 1 })),
    sesv2: () => capture(new SESv2Client(config)).send(new ListEmailIdentitiesCommand({})),
    sts: () => capture(new STSClient(config)).send(new GetCallerIdentityCommand({})),
  }[service];
  await expect(send()).rejects.toBe(stop);
  const url = captured.url ?? '';
  return url.includes('amazonaws.com') ? undefined : url;
}

const SERVICES = ['cognitoIdp', 'cognitoIdentity', 'sesv2', 'sts'] as const;
const ENV_NAMES = [
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER',
  'AWS_ENDPOINT_URL_COGNITO_IDENTITY',
  'AWS_ENDPOINT_URL_SESV2',
  'AWS_ENDPOINT_URL_STS',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
];

/**
 * The console reads endpoints itself because the SDK only applies them for the AWS_PROFILE profile. For that
 * profile both must agree, which also proves the fixture's services section is spelled the way the SDK reads it.
 */
describe('endpointFor agrees with the SDK for the AWS_PROFILE profile', () => {
  let fixtures: TempAwsDir;
  let profiles: ProfileConfig[];
  let restore: (() => void) | undefined;
  beforeAll(async () => {
    fixtures = copyFixtures({
      config: '\n[profile ignoring]\nignore_configured_endpoint_urls = true\nendpoint_url = http://127.0.0.1:4998\n',
    });
    profiles = await loadProfiles(fixtures.files);
  });
  afterAll(() => fixtures.cleanup());
  afterEach(() => restore?.());

  const cases: [string, string, Record<string, string>][] = [
    ['services section and endpoint_url', 'local-emulators', {}],
    ['endpoint_url only', 'emulator-endpoint', {}],
    ['no endpoint at all', 'default', {}],
    ['AWS_ENDPOINT_URL over the profile', 'local-emulators', { AWS_ENDPOINT_URL: 'http://127.0.0.1:6001' }],
    [
      'a service variable over AWS_ENDPOINT_URL',
      'local-emulators',
      {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:6001',
        AWS_ENDPOINT_URL_SESV2: 'http://127.0.0.1:6002',
        AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:6003',
      },
    ],
    ['empty variables', 'local-emulators', { AWS_ENDPOINT_URL: '', AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: '' }],
    [
      'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true',
      'local-emulators',
      { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:6001' },
    ],
    ['ignore_configured_endpoint_urls in the profile', 'ignoring', {}],
    ['the variable false over the profile setting', 'ignoring', { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false' }],
  ];

  it.each(cases)('%s (%s)', async (_label, profileName, vars) => {
    const profile = profiles.find((p) => p.name === profileName);
    if (!profile) throw new Error(`no profile ${profileName}`);
    const env: Record<string, string | undefined> = Object.fromEntries(ENV_NAMES.map((n) => [n, undefined]));
    restore = withEnv({
      ...env,
      AWS_PROFILE: profileName,
      AWS_CONFIG_FILE: fixtures.files.configFilepath,
      AWS_SHARED_CREDENTIALS_FILE: fixtures.files.filepath,
      ...vars,
    });
    for (const service of SERVICES) {
      const ours = endpointFor(profile, service, process.env)?.replace(/\/$/, '');
      expect({ service, endpoint: ours }).toEqual({ service, endpoint: await sdkEndpoint(service) });
    }
  });
});
