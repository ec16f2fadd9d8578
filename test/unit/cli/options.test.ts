import { describe, expect, it } from 'vitest';
import type { ProfileConfig } from '../../../src/main/aws/profiles';
import { SERVICES, endpointFor } from '../../../src/main/aws/profiles';
import { appDataDir } from '../../../src/cli/data-dir';
import { UsageError, usageLine, wireErrorLine } from '../../../src/cli/exit-codes';
import { parseEndpointUrl, parseProfileName, parseRegion, withEndpointOverride } from '../../../src/cli/options';

describe('option parsing', () => {
  it('accepts the names and regions the app accepts, and refuses others as usage errors', () => {
    expect(parseProfileName('Local sandbox')).toBe('Local sandbox');
    expect(parseRegion('us-gov-west-1', '--region')).toBe('us-gov-west-1');
    expect(() => parseProfileName('')).toThrow(UsageError);
    expect(() => parseProfileName('a*b')).toThrow(/invalid --profile "a\*b"/);
    expect(() => parseRegion('Europe', 'from AWS_REGION')).toThrow(
      /invalid region "Europe" \(from AWS_REGION\): Not an AWS region/,
    );
  });

  it('takes only http(s) endpoint URLs', () => {
    expect(parseEndpointUrl('http://127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(() => parseEndpointUrl('localhost:5000')).toThrow(UsageError);
    expect(() => parseEndpointUrl('127.0.0.1')).toThrow(/not a URL/);
  });
});

describe('--endpoint-url', () => {
  const profile: ProfileConfig = {
    name: 'p',
    kind: 'static',
    endpointUrl: 'http://profile-wide',
    serviceEndpoints: { cognitoIdp: 'http://profile-idp', sts: 'http://profile-sts' },
  };
  // A profile that opts out of configured endpoints still gets the one given on the command line.
  const ignoring = { ...profile, ignoreConfiguredEndpointUrls: true } as ProfileConfig;

  it('outranks the profile, the per-service settings and the env for every service, without touching the input env', () => {
    const env = { AWS_ENDPOINT_URL_STS: 'http://env-sts', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true', HOME: '/h' };
    const next = withEndpointOverride(env, 'http://override');
    for (const service of Object.keys(SERVICES) as (keyof typeof SERVICES)[]) {
      expect(endpointFor(profile, service, next)).toBe('http://override');
      expect(endpointFor(ignoring, service, next)).toBe('http://override');
    }
    expect(next.HOME).toBe('/h');
    expect(env.AWS_ENDPOINT_URL_STS).toBe('http://env-sts');
  });
});

describe('error lines', () => {
  it('puts code, message, operation and hint on one line', () => {
    const line = wireErrorLine({
      code: 'AWS_AUTH',
      message: 'Could not get credentials\nfor profile "x"',
      retryable: false,
      details: { operation: 'ListUserPools', hint: 'Run `aws sso login --profile x`' },
    });
    expect(line).toBe(
      'error: AWS_AUTH: Could not get credentials for profile "x" [ListUserPools] (hint: Run `aws sso login --profile x`)',
    );
  });

  it("turns commander's multi-line messages into one line with a pointer to --help", () => {
    expect(usageLine("error: unknown command 'poolz'\n(Did you mean pools?)\n")).toBe(
      "error: unknown command 'poolz' (Did you mean pools?) (see --help)",
    );
  });
});

describe('appDataDir', () => {
  it("is the desktop app's userData folder on each platform, unless overridden", () => {
    expect(appDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/cognito-console');
    expect(appDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/cognito-console');
    expect(appDataDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/cognito-console');
    expect(appDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\cognito-console',
    );
    expect(appDataDir({ COGNITO_CONSOLE_DATA_DIR: '/tmp/d' }, 'linux', '/home/u')).toBe('/tmp/d');
  });
});
