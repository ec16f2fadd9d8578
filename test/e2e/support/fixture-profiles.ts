import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Distinctive fake secrets: the leak checks look for these strings in everything the renderer receives. */
export const E2E_SECRETS = {
  accessKeyId: 'AKIAE2EBADKEYS000001',
  secretAccessKey: 'e2e-secret-must-never-reach-the-renderer',
};

/**
 * AWS files for the web host under test: a static-keys profile whose endpoint rejects its keys (moto with auth
 * enforced), and an SSO profile with no cached token. HOME is the same temp dir, so the developer's ~/.aws is unused.
 */
export function writeFixtureProfiles(dir: string, authEndpoint: string): { config: string; credentials: string } {
  mkdirSync(path.join(dir, '.aws'), { recursive: true });
  const config = path.join(dir, '.aws', 'config');
  const credentials = path.join(dir, '.aws', 'credentials');
  writeFileSync(
    config,
    [
      '[profile bad-keys]',
      'region = eu-west-1',
      `endpoint_url = ${authEndpoint}`,
      '',
      '[profile expired-sso]',
      'sso_session = corp',
      'sso_account_id = 111122223333',
      'sso_role_name = AdminAccess',
      'region = eu-central-1',
      '',
      '[sso-session corp]',
      'sso_start_url = https://example.awsapps.com/start',
      'sso_region = eu-central-1',
      '',
    ].join('\n'),
  );
  writeFileSync(
    credentials,
    [
      '[bad-keys]',
      `aws_access_key_id = ${E2E_SECRETS.accessKeyId}`,
      `aws_secret_access_key = ${E2E_SECRETS.secretAccessKey}`,
      '',
    ].join('\n'),
  );
  return { config, credentials };
}
