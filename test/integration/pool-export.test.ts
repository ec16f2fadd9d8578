import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAppClient } from '../../src/main/services/pool-clients';
import { comparePools } from '../../src/main/services/pool-compare';
import { createPoolFromExport, exportPool } from '../../src/main/services/pool-export';
import { toCloudFormation } from '../../src/shared/model/pool-cloudformation';
import { poolExportSchema } from '../../src/shared/model/pool-export';
import { PYTHON } from '../helpers/moto';
import { EXPLICIT_SCHEMA } from './pool-schema-fixture';

/** Parses YAML with PyYAML (moto's python has it), reading `!Ref X` as {"Ref": "X"} like CloudFormation. */
function parseYaml(text: string): unknown {
  const script = [
    'import json, sys, yaml',
    "yaml.SafeLoader.add_constructor('!Ref', lambda l, n: {'Ref': l.construct_scalar(n)})",
    'print(json.dumps(yaml.safe_load(sys.stdin.read())))',
  ].join('\n');
  return JSON.parse(execFileSync(PYTHON, ['-c', script], { input: text, encoding: 'utf8' })) as unknown;
}

// Its own regions keep these pools apart from other files' pools in the shared emulator.
const SOURCE = 'us-west-1';
const TARGET = 'eu-west-3';

describe('pool export round trip against moto', () => {
  const client = (region: string) =>
    new CognitoIdentityProviderClient({
      region,
      endpoint: inject('motoEndpoint'),
      credentials: { accessKeyId: 'AKIAPOOLEXPORTTEST01', secretAccessKey: 'pool-export-test' },
    });
  const source = client(SOURCE);
  const target = client(TARGET);
  afterAll(() => {
    source.destroy();
    target.destroy();
  });

  it('exports a pool with clients and groups as create requests, and a pool created from it differs only by name', async () => {
    const { UserPool } = await source.send(
      new CreateUserPoolCommand({
        PoolName: `export-src-${Date.now()}`,
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false, TemporaryPasswordValidityDays: 3 } },
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
        DeletionProtection: 'ACTIVE',
        LambdaConfig: { PreSignUp: 'arn:aws:lambda:us-west-1:123456789012:function:pre' },
        Schema: [
          {
            Name: 'tenant',
            AttributeDataType: 'String',
            Mutable: true,
            StringAttributeConstraints: { MaxLength: '36' },
          },
          { Name: 'seats', AttributeDataType: 'Number', Mutable: true, NumberAttributeConstraints: { MinValue: '1' } },
        ],
        UserPoolTags: { team: 'identity' },
      }),
    );
    const poolId = UserPool?.Id ?? '';
    await createAppClient(source, poolId, {
      ClientName: 'web',
      GenerateSecret: true,
      CallbackURLs: ['https://app.example.com/cb'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    await source.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'admins', Precedence: 1 }));

    const exported = await exportPool(source, poolId);
    // What a file would hold: plain JSON that the import channel's schema accepts.
    const file = JSON.parse(JSON.stringify(exported)) as unknown;
    const parsed = poolExportSchema.parse(file);
    expect(JSON.stringify(parsed)).not.toMatch(/ClientSecret|ClientId|"Id"|Arn"|CreationDate|LastModified/);
    expect(parsed.groups).toEqual([{ GroupName: 'admins', Precedence: 1 }]);

    const { userPoolId } = await createPoolFromExport(target, parsed, 'export-copy');
    const diff = await comparePools(
      { idp: source, profile: 'p', region: SOURCE, userPoolId: poolId },
      { idp: target, profile: 'p', region: TARGET, userPoolId },
    );
    expect(diff.differences.map((d) => `${d.section}: ${d.label}`)).toEqual(['General: Pool name']);

    const template = parseYaml(toCloudFormation(parsed)) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const { PoolName, ...poolProperties } = parsed.pool;
    expect(template.Resources.UserPool).toMatchObject({
      Type: 'AWS::Cognito::UserPool',
      Properties: { UserPoolName: PoolName, ...poolProperties },
    });
    expect(template.Resources.ClientWeb).toEqual({
      Type: 'AWS::Cognito::UserPoolClient',
      Properties: { UserPoolId: { Ref: 'UserPool' }, ...parsed.clients[0] },
    });
    expect(template.Resources.GroupAdmins?.Properties).toEqual({
      UserPoolId: { Ref: 'UserPool' },
      GroupName: 'admins',
      Precedence: 1,
    });
  });

  it('round-trips an explicit schema (custom and standard attributes): export, create from it, no differences', async () => {
    const { UserPool } = await source.send(
      new CreateUserPoolCommand({ PoolName: `export-schema-${Date.now()}`, Schema: EXPLICIT_SCHEMA }),
    );
    const poolId = UserPool?.Id ?? '';
    const exported = poolExportSchema.parse(JSON.parse(JSON.stringify(await exportPool(source, poolId))));
    const schema = (exported.pool.Schema ?? []) as SchemaAttributeType[];
    // Written as described: the default-valued standard attributes too, custom ones by their bare names, no sub.
    expect(schema.map((a) => a.Name).sort()).toEqual(EXPLICIT_SCHEMA.map((a) => a.Name).sort());
    expect(schema.find((a) => a.Name === 'given_name')?.StringAttributeConstraints).toEqual({
      MinLength: '1',
      MaxLength: '255',
    });

    // The path `pool create --from` and the app's "Create pool from file" take; same name, so nothing may differ.
    const { userPoolId } = await createPoolFromExport(target, exported);
    const diff = await comparePools(
      { idp: source, profile: 'p', region: SOURCE, userPoolId: poolId },
      { idp: target, profile: 'p', region: TARGET, userPoolId },
    );
    expect(diff.differences).toEqual([]);
    expect(diff.compared).toBeGreaterThan(EXPLICIT_SCHEMA.length);
  });
});
