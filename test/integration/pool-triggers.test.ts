import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { safeUpdatePool } from '../../src/main/services/pool-config';
import type { AppError } from '../../src/shared/ipc/errors';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'il-central-1';
const fn = (name: string) => `arn:aws:lambda:${REGION}:123456789012:function:${name}`;
const KEY = `arn:aws:kms:${REGION}:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

describe('custom sender and versioned pre token triggers through the safe-update path, against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLTRIGGERS0001', secretAccessKey: 'pool-triggers-test' },
  });
  afterAll(() => idp.destroy());

  const newPool = async () => {
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({ PoolName: `triggers-${Date.now()}`, LambdaConfig: { PreSignUp: fn('pre-sign-up') } }),
    );
    return UserPool?.Id ?? '';
  };

  it('sets both custom senders with their KMS key and a V2_0 pre token config, keeping the other triggers', async () => {
    const poolId = await newPool();
    const result = await safeUpdatePool(idp, poolId, {
      LambdaConfig: {
        CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: fn('email-sender') },
        CustomSMSSender: { LambdaVersion: 'V1_0', LambdaArn: fn('sms-sender') },
        KMSKeyID: KEY,
        PreTokenGeneration: fn('claims'),
        PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: fn('claims') },
      },
    });
    expect(result.changes.map((c) => c.path).sort()).toEqual([
      'LambdaConfig.CustomEmailSender.LambdaArn',
      'LambdaConfig.CustomEmailSender.LambdaVersion',
      'LambdaConfig.CustomSMSSender.LambdaArn',
      'LambdaConfig.CustomSMSSender.LambdaVersion',
      'LambdaConfig.KMSKeyID',
      'LambdaConfig.PreTokenGeneration',
      'LambdaConfig.PreTokenGenerationConfig.LambdaArn',
      'LambdaConfig.PreTokenGenerationConfig.LambdaVersion',
    ]);
    const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(UserPool?.LambdaConfig).toEqual({
      PreSignUp: fn('pre-sign-up'),
      CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: fn('email-sender') },
      CustomSMSSender: { LambdaVersion: 'V1_0', LambdaArn: fn('sms-sender') },
      KMSKeyID: KEY,
      PreTokenGeneration: fn('claims'),
      PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: fn('claims') },
    });

    // Removing the SMS sender keeps the email sender and its key.
    const removed = await safeUpdatePool(idp, poolId, { LambdaConfig: { CustomSMSSender: null } });
    expect(removed.config.settings.LambdaConfig).not.toHaveProperty('CustomSMSSender');
    expect(removed.config.settings.LambdaConfig).toMatchObject({ KMSKeyID: KEY });
  });

  it('refuses a custom sender without a KMS key before any update', async () => {
    const poolId = await newPool();
    const before = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    const refused = await safeUpdatePool(idp, poolId, {
      LambdaConfig: { CustomEmailSender: { LambdaVersion: 'V1_0', LambdaArn: fn('email-sender') } },
    }).catch((e: unknown) => e as AppError);
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/KMSKeyID/) as unknown });
    const after = await idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    expect(after.UserPool?.LambdaConfig).toEqual({ PreSignUp: fn('pre-sign-up') });
    expect(after.UserPool?.LastModifiedDate).toEqual(before.UserPool?.LastModifiedDate);
  });
});
