import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describePoolConfig, previewPoolUpdate, safeUpdatePool } from '../../src/main/services/pool-config';
import type { AppError } from '../../src/shared/ipc/errors';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'ap-southeast-4';
const ROLE = 'arn:aws:iam::123456789012:role/cognito-sms';

describe('SMS configuration through the safe-update path, against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLMESSAGING001', secretAccessKey: 'pool-messaging-test' },
  });
  afterAll(() => idp.destroy());

  const newPool = async () => {
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: `sms-${Date.now()}`,
        Policies: { PasswordPolicy: { MinimumLength: 11 } },
        AutoVerifiedAttributes: ['email'],
      }),
    );
    return UserPool?.Id ?? '';
  };

  it('sets role, external id and SNS region, changing nothing else, then removes the external id', async () => {
    const poolId = await newPool();
    const before = await describePoolConfig(idp, poolId);
    const edit = { SmsConfiguration: { SnsCallerArn: ROLE, ExternalId: 'pool-ext-1', SnsRegion: 'eu-west-1' } };

    const preview = await previewPoolUpdate(idp, poolId, edit, before.version);
    expect(preview.changes.map((c) => c.path).sort()).toEqual([
      'SmsConfiguration.ExternalId',
      'SmsConfiguration.SnsCallerArn',
      'SmsConfiguration.SnsRegion',
    ]);
    const applied = await safeUpdatePool(idp, poolId, edit, before.version);
    expect(applied.changes.map((c) => c.path).sort()).toEqual(preview.changes.map((c) => c.path).sort());
    const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(UserPool?.SmsConfiguration).toEqual(edit.SmsConfiguration);
    expect(UserPool?.Policies?.PasswordPolicy?.MinimumLength).toBe(11);
    expect(UserPool?.AutoVerifiedAttributes).toEqual(['email']);

    const removed = await safeUpdatePool(idp, poolId, { SmsConfiguration: { ExternalId: null } });
    expect(removed.changes).toEqual([
      { path: 'SmsConfiguration.ExternalId', label: 'SMS role external id', before: 'pool-ext-1' },
    ]);
    expect(removed.config.settings.SmsConfiguration).toEqual({ SnsCallerArn: ROLE, SnsRegion: 'eu-west-1' });
  });

  it('refuses, on the merged configuration and before any update, an external id with no role', async () => {
    const poolId = await newPool();
    const before = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    const refused = await safeUpdatePool(idp, poolId, { SmsConfiguration: { ExternalId: 'orphan-id' } }).catch(
      (e: unknown) => e as AppError,
    );
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/IAM role ARN/) as unknown });
    const after = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(after.UserPool?.LastModifiedDate).toEqual(before.UserPool?.LastModifiedDate);
    expect(after.UserPool?.SmsConfiguration).toBeUndefined();
  });
});
