import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { comparable } from '../../../../src/main/services/pool-compare';
import { toPoolConfig } from '../../../../src/main/services/pool-config';
import { diffSettings } from '../../../../src/main/services/pool-settings';
import { realCognitoSchema } from '../../helpers/cognito-schema';

const TENANT: SchemaAttributeType = {
  Name: 'custom:tenant',
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: { MaxLength: '36' },
};
const tree = (schema: SchemaAttributeType[]) =>
  comparable(toPoolConfig({ Id: 'eu-west-1_x', Name: 'p', SchemaAttributes: schema }), []);
const attributeRows = (left: SchemaAttributeType[], right: SchemaAttributeType[]) =>
  diffSettings(tree(left), tree(right)).map((c) => [c.path, c.before, c.after]);

describe('pool diff: attributes compared as Cognito guarantees them', () => {
  it('reads a standard attribute the describe does not list as its default, not as "(not set)"', () => {
    // The same CreateUserPool (one custom attribute) as real Cognito describes it and as moto does.
    const real = realCognitoSchema([TENANT]);
    const moto = [TENANT];
    expect(attributeRows(real, moto)).toEqual([]);
    // A default-valued standard attribute written out (an export) equals one left out.
    expect(attributeRows([TENANT, ...real.filter((a) => a.Name === 'name')], moto)).toEqual([]);
    expect(tree(moto).Attributes).toMatchObject({
      sub: 'String, required, immutable, 1..2048',
      email: 'String, optional, mutable, 0..2048',
      email_verified: 'Boolean, optional, mutable',
      birthdate: 'String, optional, mutable, 10..10',
      updated_at: 'Number, optional, mutable, 0..',
    });
  });

  it('still shows a standard attribute that really differs, against the default of the side not listing it', () => {
    const required = realCognitoSchema([TENANT], { email: { Required: true } });
    expect(attributeRows(required, [TENANT])).toEqual([
      ['Attributes.email', 'String, required, mutable, 0..2048', 'String, optional, mutable, 0..2048'],
    ]);
    const shorter: SchemaAttributeType = {
      Name: 'given_name',
      AttributeDataType: 'String',
      Mutable: true,
      Required: false,
      StringAttributeConstraints: { MinLength: '0', MaxLength: '255' },
    };
    expect(attributeRows([TENANT], [TENANT, shorter])).toEqual([
      ['Attributes.given_name', 'String, optional, mutable, 0..2048', 'String, optional, mutable, 0..255'],
    ]);
    // A custom attribute on one side only is still one row, absent on the other.
    expect(attributeRows([TENANT], [])).toEqual([
      ['Attributes.custom:tenant', 'String, optional, mutable, ..36', undefined],
    ]);
  });
});
