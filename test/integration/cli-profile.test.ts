import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PoolCompare } from '../../src/shared/model/pool-compare';
import type { ProfileSummary } from '../../src/shared/model/profiles';
import type { UserPoolSummary } from '../../src/shared/model/user-pools';
import { cliHome, credentialsFile, runCli } from './cli-home';

const KEYS = { accessKeyId: 'AKIAFAKEPROFILETEST1', secretAccessKey: 'fake-secret-for-the-profile-test' };
/**
 * One region per profile, used by no other test file: which pools a listing shows tells which profile the CLI took.
 */
const REGIONS = { env: 'ap-southeast-2', flag: 'ap-northeast-2', default: 'us-east-2' } as const;
type Who = keyof typeof REGIONS;

describe('which profile the CLI uses: --profile, then AWS_PROFILE, then "default" (built CLI, against moto)', () => {
  const endpoint = inject('motoEndpoint');
  const tag = randomUUID().slice(0, 8);
  const pools: Record<Who, { name: string; id: string }[]> = { env: [], flag: [], default: [] };
  const clients: CognitoIdentityProviderClient[] = [];
  let dir: string;
  let env: NodeJS.ProcessEnv;
  /** The same profiles without a [default] section. */
  let noDefaultConfig: string;
  let noDefaultCredentials: string;

  beforeAll(async () => {
    const section = (header: string, region: string) => `[${header}]\nregion = ${region}\nendpoint_url = ${endpoint}\n`;
    const named = [section('profile prof-env', REGIONS.env), section('profile prof-flag', REGIONS.flag)].join('\n');
    ({ dir, env } = cliHome('cc-cli-profile-', {
      config: `${section('default', REGIONS.default)}\n${named}`,
      credentials: credentialsFile(['default', 'prof-env', 'prof-flag'], KEYS),
    }));
    noDefaultConfig = path.join(dir, 'config-no-default');
    noDefaultCredentials = path.join(dir, 'credentials-no-default');
    writeFileSync(noDefaultConfig, named);
    writeFileSync(noDefaultCredentials, credentialsFile(['prof-env', 'prof-flag'], KEYS));
    for (const who of Object.keys(REGIONS) as Who[]) {
      const idp = new CognitoIdentityProviderClient({ region: REGIONS[who], endpoint, credentials: KEYS });
      clients.push(idp);
      for (const n of [1, 2]) {
        const name = `cli-profile-${tag}-${who}-${n}`;
        // Two pools per region that differ in a setting, so a diff of them has something to show.
        const { UserPool } = await idp.send(
          new CreateUserPoolCommand({ PoolName: name, MfaConfiguration: n === 1 ? 'OFF' : 'OPTIONAL' }),
        );
        pools[who].push({ name, id: UserPool?.Id ?? '' });
      }
    }
  });

  afterAll(async () => {
    for (const [i, who] of (Object.keys(REGIONS) as Who[]).entries()) {
      for (const { id } of pools[who]) {
        await clients[i]?.send(new DeleteUserPoolCommand({ UserPoolId: id })).catch(() => undefined);
      }
    }
    for (const idp of clients) idp.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => runCli({ ...env, ...extraEnv }, args);
  const noDefault = () => ({ AWS_CONFIG_FILE: noDefaultConfig, AWS_SHARED_CREDENTIALS_FILE: noDefaultCredentials });

  /** Whose pools a `pools list --json` run printed: exactly one profile's region must answer. */
  const listedFor = (run: ReturnType<typeof cli>): Who[] => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const names = (JSON.parse(run.stdout) as UserPoolSummary[]).map((p) => p.name);
    return (Object.keys(REGIONS) as Who[]).filter((who) => pools[who].every((p) => names.includes(p.name)));
  };

  it('pools list without --profile uses AWS_PROFILE', () => {
    expect(listedFor(cli(['pools', 'list', '--json'], { AWS_PROFILE: 'prof-env' }))).toEqual(['env']);
  });

  it('pools list without --profile or AWS_PROFILE uses the [default] profile', () => {
    expect(listedFor(cli(['pools', 'list', '--json']))).toEqual(['default']);
  });

  it('AWS_DEFAULT_PROFILE (the older spelling) is used after AWS_PROFILE', () => {
    expect(listedFor(cli(['pools', 'list', '--json'], { AWS_DEFAULT_PROFILE: 'prof-flag' }))).toEqual(['flag']);
    const both = cli(['pools', 'list', '--json'], { AWS_PROFILE: 'prof-env', AWS_DEFAULT_PROFILE: 'prof-flag' });
    expect(listedFor(both)).toEqual(['env']);
  });

  it('--profile beats AWS_PROFILE', () => {
    const envOnly = cli(['pools', 'list', '--json'], { AWS_PROFILE: 'prof-env' });
    expect(listedFor(envOnly)).toEqual(['env']);
    const flag = cli(['pools', 'list', '--profile', 'prof-flag', '--json'], { AWS_PROFILE: 'prof-env' });
    expect(listedFor(flag)).toEqual(['flag']);
  });

  it('with no --profile, no AWS_PROFILE and no [default], exits 2 naming the three sources', () => {
    const run = cli(['pools', 'list'], noDefault());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: no AWS profile: give --profile NAME, set AWS_PROFILE, or add a [default] profile to the AWS config or ' +
        'credentials file (`cognito-console profiles` lists the profiles) (see --help)\n',
    );
  });

  it('an AWS_PROFILE that names no profile exits 3 and says the name came from AWS_PROFILE', () => {
    const run = cli(['pools', 'list'], { ...noDefault(), AWS_PROFILE: 'nobody' });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: NOT_FOUND: No profile named "nobody" (from AWS_PROFILE) in the AWS config or credentials file. ' +
        '(hint: `cognito-console profiles` lists the profiles)\n',
    );
  });

  it('profiles marks as DEFAULT the profile a command without --profile would use', () => {
    const marked = (extraEnv: NodeJS.ProcessEnv) => {
      const run = cli(['profiles', '--json'], extraEnv);
      expect(run.status).toBe(0);
      return (JSON.parse(run.stdout) as ProfileSummary[]).filter((p) => p.isDefault).map((p) => p.name);
    };
    expect(marked({})).toEqual(['default']);
    expect(marked({ AWS_PROFILE: 'prof-env' })).toEqual(['prof-env']);
    expect(marked({ AWS_DEFAULT_PROFILE: 'prof-flag' })).toEqual(['prof-flag']);
  });

  it('pool diff of two bare pool ids takes --profile for both sides', () => {
    const [a, b] = pools.flag;
    const run = cli(
      ['pool', 'diff', '--profile', 'prof-flag', '--left', a?.id ?? '', '--right', b?.id ?? '', '--json'],
      {
        AWS_PROFILE: 'prof-env',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as PoolCompare;
    expect(result.left).toMatchObject({ profile: 'prof-flag', region: REGIONS.flag, name: a?.name });
    expect(result.right).toMatchObject({ profile: 'prof-flag', region: REGIONS.flag, name: b?.name });
    expect(result.differences.map((d) => d.path)).toContain('General.PoolName');
  });

  it('pool diff without --profile: a bare side uses AWS_PROFILE, a PROFILE: side keeps its own', () => {
    const [a] = pools.env;
    const same = cli(['pool', 'diff', '--left', a?.id ?? '', '--right', a?.id ?? ''], { AWS_PROFILE: 'prof-env' });
    expect(same.stderr).toBe('');
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/No differences in \d+ settings\./);

    const [f] = pools.flag;
    const mixed = cli(['pool', 'diff', '--left', `prof-flag:${f?.id ?? ''}`, '--right', a?.id ?? '', '--json'], {
      AWS_PROFILE: 'prof-env',
    });
    expect(mixed.stderr).toBe('');
    expect(mixed.status).toBe(1);
    const result = JSON.parse(mixed.stdout) as PoolCompare;
    expect(result.left).toMatchObject({ profile: 'prof-flag', region: REGIONS.flag, name: f?.name });
    expect(result.right).toMatchObject({ profile: 'prof-env', region: REGIONS.env, name: a?.name });
  });

  it('pool diff with a bare side and no profile anywhere exits 2 naming the three sources', () => {
    const [a, b] = pools.env;
    const run = cli(['pool', 'diff', '--left', a?.id ?? '', '--right', `prof-env:${b?.id ?? ''}`], noDefault());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: no AWS profile: give --profile NAME, set AWS_PROFILE, or add a \[default\]/);
  });
});
