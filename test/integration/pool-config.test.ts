import type { CreateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  addCustomAttributes,
  describePoolConfig,
  previewPoolUpdate,
  safeUpdatePool,
} from '../../src/main/services/pool-config';
import { canonical, diffSettings } from '../../src/main/services/pool-settings';
import { AppError } from '../../src/shared/ipc/errors';
import type { PoolConfig } from '../../src/shared/model/pool-config';
import { poolEditSchema } from '../../src/shared/model/pool-config';
import { randomEdit } from './pool-edit-generators';

// Its own region keeps these pools apart from other files' pools in the shared emulator.
const REGION = 'sa-east-1';

/** A pool with every editable section set to something other than the defaults. */
const RICH: CreateUserPoolCommandInput = {
  PoolName: 'pool-config-rich',
  Policies: {
    PasswordPolicy: {
      MinimumLength: 12,
      RequireUppercase: false,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: false,
      TemporaryPasswordValidityDays: 3,
    },
  },
  DeletionProtection: 'ACTIVE',
  AutoVerifiedAttributes: ['email'],
  UsernameAttributes: ['email'],
  UsernameConfiguration: { CaseSensitive: false },
  MfaConfiguration: 'OPTIONAL',
  SmsAuthenticationMessage: 'Your sign-in code is {####}',
  VerificationMessageTemplate: {
    DefaultEmailOption: 'CONFIRM_WITH_CODE',
    EmailSubject: 'Verify your account',
    EmailMessage: 'Your code is {####}.',
    SmsMessage: 'Code: {####}',
  },
  AdminCreateUserConfig: {
    AllowAdminCreateUserOnly: true,
    UnusedAccountValidityDays: 5,
    InviteMessageTemplate: {
      EmailSubject: 'Welcome',
      EmailMessage: 'Hello {username}, your password is {####}',
      SMSMessage: 'User {username} password {####}',
    },
  },
  DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
  UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
  UserPoolTags: { team: 'identity', env: 'test' },
  Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }],
};

describe('pool configuration service against moto', () => {
  const idp = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: inject('motoEndpoint'),
    credentials: { accessKeyId: 'AKIAPOOLCONFIGTEST01', secretAccessKey: 'pool-config-test' },
  });
  const create = async (name: string): Promise<string> => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ ...RICH, PoolName: name }));
    if (!UserPool?.Id) throw new Error('moto returned no pool id');
    return UserPool.Id;
  };
  let poolId: string;
  beforeAll(async () => {
    poolId = await create(`pool-config-${Date.now()}`);
  });
  afterAll(() => idp.destroy());

  it('reads every section back as typed, normalized settings, and create-only settings as fixed', async () => {
    const config = await describePoolConfig(idp, poolId);
    expect(config.settings).toMatchObject({
      Policies: { PasswordPolicy: RICH.Policies?.PasswordPolicy },
      DeletionProtection: 'ACTIVE',
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
      SmsAuthenticationMessage: RICH.SmsAuthenticationMessage,
      VerificationMessageTemplate: RICH.VerificationMessageTemplate,
      AdminCreateUserConfig: RICH.AdminCreateUserConfig,
      DeviceConfiguration: RICH.DeviceConfiguration,
      AccountRecoverySetting: RICH.AccountRecoverySetting,
      UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
      UserPoolTags: RICH.UserPoolTags,
    });
    // Read-only and create-only fields never reach the settings that are sent back.
    for (const key of ['Id', 'Arn', 'CreationDate', 'LastModifiedDate', 'SchemaAttributes', 'UsernameAttributes'])
      expect(config.settings).not.toHaveProperty(key);
    expect(config.fixed.usernameAttributes).toEqual(['email']);
    expect(config.fixed.caseSensitive).toBe(false);
    expect(config.fixed.schema.find((a) => a.name === 'custom:tenant')).toMatchObject({ custom: true, mutable: true });
    expect(config.version.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a raw UpdateUserPool with omitted fields resets them; safeUpdatePool keeps them', async () => {
    const rawPool = await create(`pool-config-raw-${Date.now()}`);
    await idp.send(new UpdateUserPoolCommand({ UserPoolId: rawPool, SmsAuthenticationMessage: 'New code {####}' }));
    const raw = await describePoolConfig(idp, rawPool);
    expect(raw.settings.Policies).toMatchObject({ PasswordPolicy: { MinimumLength: 8 } });
    expect(raw.settings.DeletionProtection).toBeUndefined();
    expect(raw.settings.UserPoolTags).toBeUndefined();
    expect(raw.settings.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: false });

    const safePool = await create(`pool-config-safe-${Date.now()}`);
    const before = await describePoolConfig(idp, safePool);
    const result = await safeUpdatePool(idp, safePool, { SmsAuthenticationMessage: 'New code {####}' });
    expect(result.changes.map((c) => c.path)).toEqual(['SmsAuthenticationMessage']);
    const after = await describePoolConfig(idp, safePool);
    expect(diffSettings(before.settings, after.settings)).toEqual([
      {
        path: 'SmsAuthenticationMessage',
        label: 'MFA SMS message',
        before: RICH.SmsAuthenticationMessage,
        after: 'New code {####}',
      },
    ]);
  });

  it('previews without writing, and refuses with CONFLICT when the pool changed since it was loaded', async () => {
    const loaded = await describePoolConfig(idp, poolId);
    const edit = { Policies: { PasswordPolicy: { MinimumLength: 20 } } };
    const preview = await previewPoolUpdate(idp, poolId, edit, loaded.version);
    expect(preview.changes).toEqual([
      {
        path: 'Policies.PasswordPolicy.MinimumLength',
        label: 'Password minimum length',
        before: loaded.settings.Policies ? 12 : undefined,
        after: 20,
      },
    ]);
    expect((await describePoolConfig(idp, poolId)).version).toEqual(loaded.version);

    await safeUpdatePool(idp, poolId, { UserPoolTags: { team: 'identity', env: 'staging' } });
    const conflict = await safeUpdatePool(idp, poolId, edit, loaded.version).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(AppError);
    expect((conflict as AppError).code).toBe('CONFLICT');
    const fresh = await previewPoolUpdate(idp, poolId, edit);
    expect(fresh.changes.map((c) => c.path)).toEqual(['Policies.PasswordPolicy.MinimumLength']);
    expect((await safeUpdatePool(idp, poolId, edit, fresh.config.version)).changes).toHaveLength(1);
  });

  it('sends nothing when the edit would change nothing', async () => {
    const loaded = await describePoolConfig(idp, poolId);
    const result = await safeUpdatePool(idp, poolId, { DeletionProtection: 'ACTIVE' });
    expect(result.changes).toEqual([]);
    expect(result.config.version).toEqual(loaded.version);
  });

  it('applies 200 random single-field edits, each changing exactly the edited field', async () => {
    let seed = 0x9e3779b9;
    const rng = (): number => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let current: PoolConfig = await describePoolConfig(idp, poolId);
    const seen = new Set<string>();
    const failures: string[] = [];
    for (let i = 0; i < 200; i++) {
      const { path, edit, expected } = randomEdit(rng, current.settings);
      seen.add(path);
      // Every generated edit is one the editor's own validation accepts.
      expect(poolEditSchema.safeParse(edit).success, `${path}: ${JSON.stringify(edit)}`).toBe(true);
      const result = await safeUpdatePool(idp, poolId, edit, current.version);
      const after = await describePoolConfig(idp, poolId);
      // Settings only: moto drops the create-only UsernameAttributes / UsernameConfiguration from describes after
      // any UpdateUserPool (an emulator quirk, AWS-FACTS.md); real Cognito keeps them, and we never send them.
      const changed = diffSettings(current.settings, after.settings);
      const ok =
        changed.length === 1 &&
        changed[0]?.path === path &&
        canonical(changed[0]?.after) === canonical(expected) &&
        JSON.stringify(result.changes) === JSON.stringify(changed);
      if (!ok) failures.push(`#${i} ${path}=${JSON.stringify(expected)}: ${JSON.stringify(changed).slice(0, 300)}`);
      current = after;
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });

  it('adds custom attributes, and refuses a name the pool already has', async () => {
    const config = await addCustomAttributes(idp, poolId, [
      { Name: 'plan', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: { MaxLength: '32' } },
    ]);
    expect(config.fixed.schema.find((a) => a.name === 'custom:plan')).toMatchObject({
      custom: true,
      dataType: 'String',
      maxLength: '32',
    });
    const clash = await addCustomAttributes(idp, poolId, [
      { Name: 'tenant', AttributeDataType: 'String', Mutable: true },
    ]).catch((e: unknown) => e);
    expect((clash as AppError).code).toBe('VALIDATION');
  });
});
