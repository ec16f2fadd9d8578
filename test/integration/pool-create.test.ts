import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describePoolConfig } from '../../src/main/services/pool-config';
import { createUserPool, createUserPoolWithExtras } from '../../src/main/services/pool-create';
import { listAppClients } from '../../src/main/services/pool-clients';
import { createPrefixDomain, describePoolDomain } from '../../src/main/services/pool-domain';
import type { PoolCreate } from '../../src/shared/model/pool-create';
import { poolCreateSchema } from '../../src/shared/model/pool-create';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'ap-south-1';

/** Every section the wizard sets. */
const EVERYTHING: PoolCreate = {
  PoolName: 'created-with-everything',
  UsernameAttributes: ['email'],
  UsernameConfiguration: { CaseSensitive: false },
  Schema: [
    { Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true },
    { Name: 'tenant', AttributeDataType: 'String', Mutable: false, StringAttributeConstraints: { MaxLength: '36' } },
  ],
  Policies: {
    PasswordPolicy: {
      MinimumLength: 14,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: false,
      RequireSymbols: false,
      TemporaryPasswordValidityDays: 2,
    },
  },
  AdminCreateUserConfig: {
    AllowAdminCreateUserOnly: true,
    InviteMessageTemplate: { EmailSubject: 'Welcome', EmailMessage: 'Hi {username}, use {####}' },
  },
  MfaConfiguration: 'OPTIONAL',
  SmsAuthenticationMessage: 'Code {####}',
  AutoVerifiedAttributes: ['email'],
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
  VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailMessage: 'Verify with {####}' },
  DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
  UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
  UserPoolTier: 'ESSENTIALS',
  DeletionProtection: 'ACTIVE',
  LambdaConfig: { PreSignUp: 'arn:aws:lambda:ap-south-1:123456789012:function:pre-signup' },
  UserPoolTags: { team: 'identity' },
};

describe('creating a pool through the service layer against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLCREATETEST01', secretAccessKey: 'pool-create-test' },
  });
  afterAll(() => idp.destroy());

  it('creates a pool with every section set and reads each setting back', async () => {
    expect(poolCreateSchema.safeParse(EVERYTHING).success).toBe(true);
    const { userPoolId } = await createUserPool(idp, EVERYTHING);
    const config = await describePoolConfig(idp, userPoolId);
    const { PoolName, UsernameAttributes, UsernameConfiguration, Schema, ...settings } = EVERYTHING;
    expect(config.name).toBe(PoolName);
    expect(config.settings).toMatchObject(settings);
    expect(config.fixed).toMatchObject({
      usernameAttributes: UsernameAttributes,
      caseSensitive: UsernameConfiguration?.CaseSensitive,
    });
    expect(config.fixed.schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'email', required: true }),
        expect.objectContaining({ name: 'custom:tenant', mutable: false, maxLength: '36' }),
      ]),
    );
    expect(Schema).toHaveLength(2);
  });

  it('creates the pool with SES email, SMS role and tags, then its initial client and domain', async () => {
    const prefix = `wizard-${Date.now().toString(36)}`;
    const pool = poolCreateSchema.parse({
      PoolName: 'created-with-extras',
      EmailConfiguration: {
        EmailSendingAccount: 'DEVELOPER',
        SourceArn: `arn:aws:ses:${REGION}:123456789012:identity/example.com`,
        From: 'Example <no-reply@example.com>',
        ReplyToEmailAddress: 'help@example.com',
        ConfigurationSet: 'pool-mail',
      },
      SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/cognito-sms', ExternalId: 'wizard-ext' },
      UserPoolTags: { team: 'identity', env: 'dev' },
    });
    const result = await createUserPoolWithExtras(idp, pool, {
      initialClient: {
        ClientName: 'web',
        GenerateSecret: false,
        CallbackURLs: ['https://app.example.com/cb'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      },
      domainPrefix: prefix,
    });
    expect(result.followUps).toEqual([
      { step: 'client', ok: true },
      { step: 'domain', ok: true },
    ]);
    const { settings } = await describePoolConfig(idp, result.userPoolId);
    expect(settings.EmailConfiguration).toEqual(pool.EmailConfiguration);
    expect(settings.SmsConfiguration).toEqual(pool.SmsConfiguration);
    expect(settings.UserPoolTags).toEqual({ team: 'identity', env: 'dev' });
    expect((await listAppClients(idp, result.userPoolId)).map((c) => c.name)).toEqual(['web']);
    const domain = await describePoolDomain(idp, result.userPoolId, REGION);
    expect(domain.domain).toBe(prefix);
    expect(domain.loginUrls.map((u) => u.clientName)).toEqual(['web']);
  });

  it('keeps the created pool and reports a domain that could not be created', async () => {
    const taken = `taken-${Date.now().toString(36)}`;
    const other = await createUserPool(idp, { PoolName: 'holds-the-prefix' });
    await createPrefixDomain(idp, other.userPoolId, taken);
    const result = await createUserPoolWithExtras(idp, { PoolName: 'prefix-clash' }, { domainPrefix: taken });
    expect(result.followUps).toEqual([
      { step: 'domain', ok: false, error: expect.objectContaining({ code: 'CONFLICT' }) as unknown },
    ]);
    expect((await describePoolConfig(idp, result.userPoolId)).name).toBe('prefix-clash');
    expect((await describePoolDomain(idp, result.userPoolId, REGION)).domain).toBeUndefined();
  });
});
