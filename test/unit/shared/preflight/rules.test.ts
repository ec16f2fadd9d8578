import { describe, expect, it } from 'vitest';
import {
  checkFromIdentity,
  checkIdentityRegion,
  checkReplyTo,
  checkSendingAccount,
} from '../../../../src/shared/preflight/rules';
import {
  checkConfigurationSet,
  checkQuotaHeadroom,
  checkSandbox,
} from '../../../../src/shared/preflight/rules-account';
import { openFindings, runPreflight } from '../../../../src/shared/preflight/run';
import { fromAddress, parseSourceArn } from '../../../../src/shared/preflight/source';
import type { PreflightInput } from '../../../../src/shared/preflight/types';
import type { SesAccount } from '../../../../src/shared/model/ses';

const PRODUCTION: SesAccount = {
  productionAccessEnabled: true,
  sendingEnabled: true,
  max24HourSend: 50_000,
  maxSendRate: 14,
  sentLast24Hours: 1_000,
};
const SANDBOX: SesAccount = {
  productionAccessEnabled: false,
  sendingEnabled: true,
  max24HourSend: 200,
  maxSendRate: 1,
};

/** A pool that sends through a verified SES domain in its own region, production access, room to spare. */
function healthy(): PreflightInput {
  return {
    pool: {
      id: 'eu-west-1_AbC123xyz',
      name: 'shop-users',
      region: 'eu-west-1',
      estimatedUsers: 1_200,
      sendingAccount: 'DEVELOPER',
      sourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/example.com',
      from: 'Example Shop <no-reply@example.com>',
      replyTo: 'support@example.com',
      configurationSet: 'transactional',
    },
    identity: { state: 'found', value: { name: 'example.com', type: 'DOMAIN', verificationStatus: 'SUCCESS' } },
    configurationSet: { state: 'found', value: { name: 'transactional' } },
    account: { state: 'found', value: PRODUCTION },
  };
}
const withPool = (patch: Partial<PreflightInput['pool']>): PreflightInput => {
  const input = healthy();
  return { ...input, pool: { ...input.pool, ...patch } };
};

describe('email pre-flight rules', () => {
  it('sending account: SES passes; the Cognito default sender warns about its 50 a day', () => {
    expect(checkSendingAccount(healthy()).status).toBe('pass');
    const finding = checkSendingAccount(withPool({ sendingAccount: 'COGNITO_DEFAULT' }));
    expect(finding).toMatchObject({ status: 'warn' });
    expect(finding.why).toContain('50 emails a day');
  });

  it('FROM identity: a verified identity passes; a missing one fails with "create this identity"', () => {
    expect(checkFromIdentity(healthy())).toMatchObject({ status: 'pass' });
    const missing = checkFromIdentity({ ...healthy(), identity: { state: 'missing' } });
    expect(missing).toMatchObject({
      status: 'fail',
      action: { kind: 'create-identity', region: 'eu-west-1', identity: 'example.com' },
    });
  });

  it('FROM identity: PENDING fails (VerificationStatus decides, not VerifiedForSendingStatus), and so does a FROM outside the identity', () => {
    const pending = {
      ...healthy(),
      identity: { state: 'found', value: { name: 'example.com', type: 'DOMAIN', verificationStatus: 'PENDING' } },
    } as const;
    expect(checkFromIdentity(pending)).toMatchObject({ status: 'fail' });
    expect(checkFromIdentity(pending).fix).toContain('DKIM');
    expect(checkFromIdentity(withPool({ from: 'no-reply@other.org' })).status).toBe('fail');
    expect(checkFromIdentity(withPool({ from: 'no-reply@mail.example.com' })).status).toBe('pass');
  });

  it('identity region: same region passes; an identity in a region Cognito does not allow fails', () => {
    expect(checkIdentityRegion(healthy()).status).toBe('pass');
    expect(checkIdentityRegion(withPool({ region: 'eu-central-1' })).status).toBe('pass');
    const far = checkIdentityRegion(
      withPool({ sourceArn: 'arn:aws:ses:ap-southeast-2:123456789012:identity/example.com' }),
    );
    expect(far).toMatchObject({ status: 'fail', action: { kind: 'create-identity', region: 'eu-west-1' } });
  });

  it('REPLY-TO: a valid address passes; an invalid one fails', () => {
    expect(checkReplyTo(healthy()).status).toBe('pass');
    expect(checkReplyTo(withPool({ replyTo: undefined })).status).toBe('pass');
    expect(checkReplyTo(withPool({ replyTo: 'support at example' })).status).toBe('fail');
  });

  it('configuration set: an existing set passes; a missing one fails with "create it"', () => {
    expect(checkConfigurationSet(healthy()).status).toBe('pass');
    const missing = checkConfigurationSet({ ...healthy(), configurationSet: { state: 'missing' } });
    expect(missing).toMatchObject({
      status: 'fail',
      action: { kind: 'create-configuration-set', name: 'transactional' },
    });
  });

  it('SES sandbox: production passes; the sandbox fails and says what happens to invitations and codes', () => {
    expect(checkSandbox(healthy()).status).toBe('pass');
    const sandbox = checkSandbox({ ...healthy(), account: { state: 'found', value: SANDBOX } });
    expect(sandbox).toMatchObject({ status: 'fail', action: { kind: 'request-production-access' } });
    expect(sandbox.why).toMatch(/invitations and verification codes reach only verified addresses/);
    expect(
      checkSandbox({ ...healthy(), account: { state: 'found', value: { ...PRODUCTION, sendingEnabled: false } } })
        .status,
    ).toBe('fail');
  });

  it('GetAccount UNSUPPORTED is "could not check", not a crash', () => {
    const input: PreflightInput = {
      ...healthy(),
      account: { state: 'error', code: 'UNSUPPORTED', message: 'This endpoint does not implement GetAccount.' },
    };
    expect(checkSandbox(input)).toMatchObject({ status: 'unknown' });
    expect(checkSandbox(input).why).toContain('does not implement GetAccount');
    expect(checkQuotaHeadroom(input).status).toBe('unknown');
    expect(runPreflight(input)).toHaveLength(7);
  });

  it('quota headroom: enough sends left passes; fewer than the pool has users warns', () => {
    expect(checkQuotaHeadroom(healthy()).status).toBe('pass');
    expect(checkQuotaHeadroom(withPool({ estimatedUsers: 60_000 })).status).toBe('warn');
    expect(checkQuotaHeadroom(withPool({ sendingAccount: 'COGNITO_DEFAULT', estimatedUsers: 300 })).status).toBe(
      'warn',
    );
  });

  it('a healthy pool has no open findings; the default sender leaves SES rules as "not used" passes', () => {
    expect(openFindings(runPreflight(healthy()))).toEqual([]);
    const byDefault = runPreflight(withPool({ sendingAccount: 'COGNITO_DEFAULT', estimatedUsers: 10 }));
    expect(openFindings(byDefault).map((f) => f.rule)).toEqual(['sending-account']);
  });

  it('reads SourceArn and FROM values', () => {
    expect(parseSourceArn('arn:aws:ses:us-east-1:123456789012:identity/a@b.io')).toEqual({
      region: 'us-east-1',
      identity: 'a@b.io',
    });
    expect(parseSourceArn('arn:aws:sns:us-east-1:1:x')).toBeUndefined();
    expect(fromAddress('"Shop" <no-reply@example.com>')).toBe('no-reply@example.com');
  });
});
