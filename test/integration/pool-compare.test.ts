import type { CreateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAppClient } from '../../src/main/services/pool-clients';
import { comparePools } from '../../src/main/services/pool-compare';
import { compareToText } from '../../src/shared/model/pool-compare';

// Two regions of the shared emulator stand for two environments (dev and prod).
const DEV = 'ap-southeast-2';
const PROD = 'eu-central-2';
const BASE: Omit<CreateUserPoolCommandInput, 'PoolName'> = {
  Policies: { PasswordPolicy: { MinimumLength: 10, RequireSymbols: true } },
  MfaConfiguration: 'OPTIONAL',
  UsernameAttributes: ['email'],
  Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }],
  UserPoolTags: { app: 'shop' },
};

describe('pool-to-pool compare against moto', () => {
  const client = (region: string) =>
    new CognitoIdentityProviderClient({
      region,
      endpoint: inject('motoEndpoint'),
      credentials: { accessKeyId: 'AKIAPOOLCOMPARETEST1', secretAccessKey: 'pool-compare-test' },
    });
  const dev = client(DEV);
  const prod = client(PROD);
  afterAll(() => {
    dev.destroy();
    prod.destroy();
  });
  const create = async (idp: CognitoIdentityProviderClient, input: CreateUserPoolCommandInput) => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand(input));
    return UserPool?.Id ?? '';
  };
  const side = (idp: CognitoIdentityProviderClient, region: string, userPoolId: string) => ({
    idp,
    profile: 'test',
    region,
    userPoolId,
  });

  it('finds only the name different between two pools made from the same settings (ids, ARNs, dates ignored)', async () => {
    const a = await create(dev, { ...BASE, PoolName: 'shop-dev' });
    const b = await create(prod, { ...BASE, PoolName: 'shop-prod' });
    const result = await comparePools(side(dev, DEV, a), side(prod, PROD, b));
    expect(result.differences).toEqual([
      { section: 'General', path: 'General.PoolName', label: 'Pool name', left: 'shop-dev', right: 'shop-prod' },
    ]);
    expect(result.compared).toBeGreaterThan(15);
  });

  it('groups real drift by section, app clients included, and renders it as text', async () => {
    const a = await create(dev, { ...BASE, PoolName: 'drift-dev' });
    const b = await create(prod, {
      ...BASE,
      PoolName: 'drift-prod',
      Policies: { PasswordPolicy: { MinimumLength: 14, RequireSymbols: true } },
      MfaConfiguration: 'ON',
      Schema: [...(BASE.Schema ?? []), { Name: 'region', AttributeDataType: 'String', Mutable: false }],
    });
    await createAppClient(dev, a, { ClientName: 'web', CallbackURLs: ['https://dev.example.com/cb'] });
    await createAppClient(prod, b, { ClientName: 'web', CallbackURLs: ['https://shop.example.com/cb'] });
    const result = await comparePools(side(dev, DEV, a), side(prod, PROD, b));
    const rows = result.differences.map((d) => [d.section, d.label, d.left, d.right]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Password and sign-up', 'Password minimum length', 10, 14],
        ['MFA and verification', 'Multi-factor authentication', 'OPTIONAL', 'ON'],
        ['Attributes', 'custom:region', undefined, 'String, optional, immutable'],
        ['App clients', 'web: Callback URLs', ['https://dev.example.com/cb'], ['https://shop.example.com/cb']],
      ]),
    );
    await createAppClient(prod, b, { ClientName: 'admin-cli', GenerateSecret: true });
    const again = await comparePools(side(dev, DEV, a), side(prod, PROD, b));
    expect(again.differences.filter((d) => d.label.includes('admin-cli'))).toEqual([
      {
        section: 'App clients',
        path: 'App clients.admin-cli',
        label: 'App client admin-cli',
        left: undefined,
        right: 'only in this pool',
      },
    ]);
    const sections = result.differences.map((d) => d.section);
    expect(sections.indexOf('General')).toBeLessThan(sections.indexOf('App clients'));
    const text = compareToText(result);
    expect(text).toContain('[Password and sign-up]\n  Password minimum length\n    - 10\n    + 14');
    expect(text).not.toMatch(/LastModified|CreationDate|arn:aws/);
  });

  it('compares groups by name: description, precedence and role ARN, and groups on one side only', async () => {
    const a = await create(dev, { ...BASE, PoolName: 'groups-dev' });
    const b = await create(prod, { ...BASE, PoolName: 'groups-prod' });
    const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
    const group = (idp: CognitoIdentityProviderClient, poolId: string, name: string, more: object) =>
      idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: name, ...more }));
    await group(dev, a, 'admins', { Description: 'Administrators', Precedence: 1, RoleArn: role('admin') });
    await group(prod, b, 'admins', { Description: 'Administrators', Precedence: 2, RoleArn: role('admin-prod') });
    await group(dev, a, 'same', { Description: 'Same on both', Precedence: 5 });
    await group(prod, b, 'same', { Description: 'Same on both', Precedence: 5 });
    await group(dev, a, 'beta-testers', {});

    const result = await comparePools(side(dev, DEV, a), side(prod, PROD, b));
    const groups = result.differences.filter((d) => d.section === 'Groups');
    expect(groups).toEqual([
      { section: 'Groups', path: 'Groups.admins.Precedence', label: 'admins: precedence', left: 1, right: 2 },
      {
        section: 'Groups',
        path: 'Groups.admins.RoleArn',
        label: 'admins: IAM role ARN',
        left: role('admin'),
        right: role('admin-prod'),
      },
      {
        section: 'Groups',
        path: 'Groups.beta-testers',
        label: 'Group beta-testers',
        left: 'only in this pool',
        right: undefined,
      },
    ]);
    expect(compareToText(result)).toContain('[Groups]\n  admins: precedence\n    - 1\n    + 2');
  });

  it('compares standard attributes as Cognito guarantees them: unlisted ones are defaults, real changes still show', async () => {
    // moto lists standard attributes only for a pool created without a Schema; real Cognito always lists them all.
    const listed = await create(dev, { ...BASE, PoolName: 'std-dev', Schema: undefined });
    const unlisted = await create(prod, { ...BASE, PoolName: 'std-prod' });
    const same = await comparePools(side(dev, DEV, listed), side(prod, PROD, unlisted));
    expect(same.differences.map((d) => d.label)).toEqual(['Pool name', 'custom:tenant']);

    const changed = await create(prod, {
      ...BASE,
      PoolName: 'std-changed',
      Schema: [
        ...(BASE.Schema ?? []),
        { Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true },
        {
          Name: 'given_name',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MinLength: '0', MaxLength: '255' },
        },
      ],
    });
    const result = await comparePools(side(prod, PROD, unlisted), side(prod, PROD, changed));
    // Standard attributes in Cognito's order (given_name before email), whichever side lists them.
    expect(result.differences.filter((d) => d.section === 'Attributes')).toEqual([
      {
        section: 'Attributes',
        path: 'Attributes.given_name',
        label: 'given_name',
        left: 'String, optional, mutable, 0..2048',
        right: 'String, optional, mutable, 0..255',
      },
      {
        section: 'Attributes',
        path: 'Attributes.email',
        label: 'email',
        left: 'String, optional, mutable, 0..2048',
        right: 'String, required, mutable, 0..2048',
      },
    ]);
    expect(compareToText(result)).not.toContain('(not set)');
  });
});
