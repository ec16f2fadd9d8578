import { randomUUID } from 'node:crypto';
import { CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, inject, it } from 'vitest';
import { ClientCache } from '../../src/main/aws/clients';
import { preflightPool, preflightRegion } from '../../src/main/services/preflight';
import { createIdentity } from '../../src/main/services/ses-identities';
import { poolPreflightSchema } from '../../src/shared/preflight/types';

// Its own region keeps this file's pools apart from other files' pools in the shared emulator.
const REGION = 'ca-central-1';

describe('email pre-flight against moto', () => {
  const endpoint = inject('motoEndpoint');
  const cache = new ClientCache();
  const profile = {
    name: 'preflight-test',
    credentials: () => Promise.resolve({ accessKeyId: 'AKIATEST', secretAccessKey: 'x' }),
    endpoint: () => endpoint,
  };
  const clients = {
    idp: cache.get(profile, REGION, 'cognitoIdp'),
    sesFor: (region: string) => cache.get(profile, region, 'sesv2'),
  };
  const tag = randomUUID().slice(0, 8);

  it('fails a missing FROM identity, passes it once created, and reports GetAccount as "could not check"', async () => {
    const from = `launch-${tag}@example.org`;
    const { UserPool } = await clients.idp.send(
      new CreateUserPoolCommand({
        PoolName: `preflight-${tag}`,
        EmailConfiguration: {
          EmailSendingAccount: 'DEVELOPER',
          SourceArn: `arn:aws:ses:${REGION}:123456789012:identity/${from}`,
          From: `Launch <${from}>`,
          ReplyToEmailAddress: 'support@example.org',
        },
      }),
    );
    const poolId = UserPool?.Id ?? '';
    const before = await preflightPool(clients, REGION, poolId);
    expect(poolPreflightSchema.safeParse(before).success).toBe(true);
    const rule = (r: typeof before, id: string) => r.findings.find((f) => f.rule === id);
    expect(rule(before, 'sending-account')?.status).toBe('pass');
    expect(rule(before, 'from-identity')).toMatchObject({
      status: 'fail',
      action: { kind: 'create-identity', region: REGION, identity: from },
    });
    expect(rule(before, 'reply-to')?.status).toBe('pass');
    // moto has no GetAccount: the sandbox and quota checks cannot run, and say so.
    expect(rule(before, 'ses-sandbox')).toMatchObject({ status: 'unknown' });
    expect(rule(before, 'ses-sandbox')?.why).toContain('does not implement GetAccount');

    await createIdentity(clients.sesFor(REGION), from);
    const after = await preflightPool(clients, REGION, poolId);
    // moto verifies at once (real SES: PENDING until the link is opened). VerificationStatus decides, as moto's
    // VerifiedForSendingStatus is always false.
    expect(rule(after, 'from-identity')?.status).toBe('pass');

    const region = await preflightRegion(clients, REGION);
    expect(region.find((p) => p.poolId === poolId)?.findings).toEqual(after.findings);
  });

  it('warns about the Cognito default sender for a pool without email configuration', async () => {
    const { UserPool } = await clients.idp.send(new CreateUserPoolCommand({ PoolName: `default-${tag}` }));
    const result = await preflightPool(clients, REGION, UserPool?.Id ?? '');
    expect(result.findings.find((f) => f.rule === 'sending-account')?.status).toBe('warn');
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([]);
  });
});
