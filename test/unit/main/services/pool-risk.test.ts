import type { RiskConfigurationType } from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityProviderClient,
  DescribeRiskConfigurationCommand,
  SetRiskConfigurationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { describeRisk, setRisk } from '../../../../src/main/services/pool-risk';
import { AppError } from '../../../../src/shared/ipc/errors';
import { poolRiskSchema } from '../../../../src/shared/model/pool-risk';

// moto (5.x) does not implement DescribeRiskConfiguration / SetRiskConfiguration: a mock shaped like the API
// reference's responses stands in, and keeps what SetRiskConfiguration stores so the read-back is real.
const POOL = 'eu-west-1_AbC123xyz';
const SES = 'arn:aws:ses:eu-west-1:123456789012:identity/example.com';
const STORED: RiskConfigurationType = {
  UserPoolId: POOL,
  ClientId: 'ALL',
  CompromisedCredentialsRiskConfiguration: {
    EventFilter: ['SIGN_UP', 'SIGN_IN'],
    Actions: { EventAction: 'BLOCK' },
  },
  AccountTakeoverRiskConfiguration: {
    NotifyConfiguration: {
      From: 'security@example.com',
      SourceArn: SES,
      BlockEmail: { Subject: 'Blocked sign-in', TextBody: 'We blocked a sign-in.' },
    },
    Actions: {
      LowAction: { Notify: false, EventAction: 'NO_ACTION' },
      HighAction: { Notify: true, EventAction: 'BLOCK' },
    },
  },
  RiskExceptionConfiguration: { BlockedIPRangeList: ['198.51.100.0/24'], SkippedIPRangeList: [] },
  LastModifiedDate: new Date('2026-11-01T10:00:00Z'),
};

function fakeCognito(initial: RiskConfigurationType) {
  const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
  const mock = mockClient(idp);
  let stored = initial;
  mock.on(DescribeRiskConfigurationCommand).callsFake(() => ({ RiskConfiguration: stored }));
  mock.on(SetRiskConfigurationCommand).callsFake((input: RiskConfigurationType) => {
    stored = { ...input, ClientId: input.ClientId ?? 'ALL', LastModifiedDate: new Date('2026-11-02T10:00:00Z') };
    return { RiskConfiguration: stored };
  });
  return { idp, mock };
}

describe('risk configuration', () => {
  it('flattens the described configuration, pool-wide ClientId "ALL" as no client', async () => {
    const { idp } = fakeCognito(STORED);
    expect(await describeRisk(idp, POOL)).toEqual({
      risk: {
        compromisedAction: 'BLOCK',
        compromisedEvents: ['SIGN_IN', 'SIGN_UP'],
        lowAction: 'NO_ACTION',
        lowNotify: false,
        highAction: 'BLOCK',
        highNotify: true,
        notifySourceArn: SES,
        blockedIpRanges: ['198.51.100.0/24'],
      },
      lastModifiedAt: '2026-11-01T10:00:00.000Z',
    });
  });

  it('sends the whole configuration with the edit, keeps the email templates it does not show, reports the change', async () => {
    const { idp, mock } = fakeCognito(STORED);
    const { risk: loaded } = await describeRisk(idp, POOL);
    const desired = { ...loaded, mediumAction: 'MFA_REQUIRED' as const, mediumNotify: false };
    const result = await setRisk(idp, POOL, undefined, desired, loaded);
    const sent = mock.commandCalls(SetRiskConfigurationCommand)[0]?.args[0].input;
    expect(sent).toEqual({
      UserPoolId: POOL,
      CompromisedCredentialsRiskConfiguration: {
        Actions: { EventAction: 'BLOCK' },
        EventFilter: ['SIGN_IN', 'SIGN_UP'],
      },
      AccountTakeoverRiskConfiguration: {
        Actions: {
          LowAction: { EventAction: 'NO_ACTION', Notify: false },
          MediumAction: { EventAction: 'MFA_REQUIRED', Notify: false },
          HighAction: { EventAction: 'BLOCK', Notify: true },
        },
        NotifyConfiguration: STORED.AccountTakeoverRiskConfiguration?.NotifyConfiguration,
      },
      RiskExceptionConfiguration: { BlockedIPRangeList: ['198.51.100.0/24'] },
    });
    // Notify false is the default of a level: only the action shows as a change.
    expect(result.changes).toEqual([{ path: 'mediumAction', label: 'Medium risk: action', after: 'MFA_REQUIRED' }]);
  });

  it('removes a part by leaving it out, and scopes the call to an app client when asked', async () => {
    const { idp, mock } = fakeCognito({ UserPoolId: POOL, ClientId: 'client1' });
    const result = await setRisk(idp, POOL, 'client1', { skippedIpRanges: ['2001:db8::/32'] }, {});
    expect(mock.commandCalls(DescribeRiskConfigurationCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'client1',
    });
    expect(mock.commandCalls(SetRiskConfigurationCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'client1',
      RiskExceptionConfiguration: { SkippedIPRangeList: ['2001:db8::/32'] },
    });
    expect(result.view.clientId).toBe('client1');
  });

  it('refuses with CONFLICT, sending nothing, when the configuration moved since it was loaded', async () => {
    const { idp, mock } = fakeCognito(STORED);
    const stale = { compromisedAction: 'NO_ACTION' as const };
    await expect(setRisk(idp, POOL, undefined, {}, stale)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'CONFLICT',
    );
    expect(mock.commandCalls(SetRiskConfigurationCommand)).toHaveLength(0);
  });

  it('validates CIDR ranges and the notification rules before any call', () => {
    const issues = (risk: unknown) => poolRiskSchema.safeParse(risk).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ blockedIpRanges: ['203.0.113.0/24', '2001:db8::/32'] })).toEqual([]);
    expect(issues({ blockedIpRanges: ['10.0.0.0/33'] })).toEqual([
      '"10.0.0.0/33" is not a CIDR range (for example 203.0.113.0/24 or 2001:db8::/32)',
    ]);
    expect(issues({ skippedIpRanges: ['10.0.0.1'] })[0]).toMatch(/not a CIDR range/);
    expect(issues({ highAction: 'BLOCK', highNotify: true })).toEqual([
      'Notifying users needs the SES identity the emails are sent from',
    ]);
    expect(issues({ highNotify: true, notifySourceArn: SES })).toContain(
      'Notify only at a risk level that has an action',
    );
    expect(issues({ notifySourceArn: 'arn:aws:sns:eu-west-1:123456789012:topic' })[0]).toMatch(/SES identity ARN/);
  });
});
