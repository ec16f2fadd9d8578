import type { CognitoIdentityProviderClient, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { GetConfigurationSetCommand, GetEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { AppError } from '../../shared/ipc/errors';
import { runPreflight } from '../../shared/preflight/run';
import { parseSourceArn } from '../../shared/preflight/source';
import type { Lookup, PoolPreflight, PreflightIdentity, PreflightInput } from '../../shared/preflight/types';
import type { SesAccount } from '../../shared/model/ses';
import { toWireError } from '../ipc/to-wire-error';
import { mapLimit } from './map-limit';
import { describeRegionPools } from './region-pools';
import { getSesAccount } from './ses';

export interface PreflightClients {
  idp: CognitoIdentityProviderClient;
  /** The SES v2 client of a region (a pool's SourceArn may name another region than the pool's). */
  sesFor(region: string): SESv2Client | Promise<SESv2Client>;
}

/** Runs a lookup; "not found" is an answer, any other failure (UNSUPPORTED, auth, network) is "could not check". */
async function lookup<T>(run: () => Promise<T>): Promise<Lookup<T>> {
  try {
    return { state: 'found', value: await run() };
  } catch (error) {
    const wire = toWireError(error);
    if (wire.code === 'NOT_FOUND') return { state: 'missing' };
    return { state: 'error', code: wire.code, message: wire.message };
  }
}

/** Lookups shared by every pool of one check, so a region of 40 pools asks GetAccount once per SES region. */
class Gatherer {
  private readonly memo = new Map<string, Promise<Lookup<unknown>>>();
  constructor(private readonly clients: PreflightClients) {}

  private once<T>(key: string, run: () => Promise<T>): Promise<Lookup<T>> {
    let found = this.memo.get(key);
    if (!found) {
      found = lookup(run);
      this.memo.set(key, found);
    }
    return found as Promise<Lookup<T>>;
  }

  async input(pool: UserPoolType, poolRegion: string): Promise<PreflightInput> {
    const email = pool.EmailConfiguration;
    const source = parseSourceArn(email?.SourceArn);
    const sesRegion = source?.region ?? poolRegion;
    const ses = (): Promise<SESv2Client> => Promise.resolve(this.clients.sesFor(sesRegion));
    const developer = email?.EmailSendingAccount === 'DEVELOPER';
    const skipped = { state: 'missing' } as const;
    const [identity, configurationSet, account] = await Promise.all([
      developer && source
        ? this.once(`identity\u0000${sesRegion}\u0000${source.identity}`, async (): Promise<PreflightIdentity> => {
            const answer = await (await ses()).send(new GetEmailIdentityCommand({ EmailIdentity: source.identity }));
            return {
              name: source.identity,
              type: answer.IdentityType ?? 'UNKNOWN',
              verificationStatus: answer.VerificationStatus,
            };
          })
        : skipped,
      developer && email?.ConfigurationSet
        ? this.once(`set\u0000${sesRegion}\u0000${email.ConfigurationSet}`, async () => {
            const name = email.ConfigurationSet ?? '';
            await (await ses()).send(new GetConfigurationSetCommand({ ConfigurationSetName: name }));
            return { name };
          })
        : skipped,
      developer
        ? this.once(`account\u0000${sesRegion}`, async (): Promise<SesAccount> => getSesAccount(await ses()))
        : skipped,
    ]);
    return {
      pool: {
        id: pool.Id ?? '',
        name: pool.Name ?? '',
        region: poolRegion,
        estimatedUsers: pool.EstimatedNumberOfUsers,
        sendingAccount: email?.EmailSendingAccount ?? 'COGNITO_DEFAULT',
        sourceArn: email?.SourceArn,
        from: email?.From,
        replyTo: email?.ReplyToEmailAddress,
        configurationSet: email?.ConfigurationSet,
      },
      identity,
      configurationSet,
      account,
    };
  }
}

function result(input: PreflightInput): PoolPreflight {
  return { poolId: input.pool.id, poolName: input.pool.name, region: input.pool.region, findings: runPreflight(input) };
}

/** The email pre-flight of one pool: every rule's finding, with why, the fix and, where possible, an action. */
export async function preflightPool(
  clients: PreflightClients,
  region: string,
  userPoolId: string,
): Promise<PoolPreflight> {
  const { UserPool: pool } = await clients.idp.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  if (!pool) throw new AppError('NOT_FOUND', `User pool ${userPoolId} does not exist.`);
  return result(await new Gatherer(clients).input(pool, region));
}

/** The pre-flight of every pool of the region (for the SES area's Pre-flight page and the dashboard). */
export async function preflightRegion(clients: PreflightClients, region: string): Promise<PoolPreflight[]> {
  const gatherer = new Gatherer(clients);
  const pools = await describeRegionPools(clients.idp);
  return mapLimit(pools, 4, async (pool) => result(await gatherer.input(pool, region)));
}
