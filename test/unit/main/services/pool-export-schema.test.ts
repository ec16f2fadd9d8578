import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { toPoolConfig } from '../../../../src/main/services/pool-config';
import { createSchemaOf } from '../../../../src/main/services/pool-export-schema';
import { realCognitoSchema } from '../../helpers/cognito-schema';

const described = (schema: SchemaAttributeType[]) =>
  toPoolConfig({ Id: 'eu-west-1_x', SchemaAttributes: schema }).fixed.schema;
const custom = (Name: string, more: Partial<SchemaAttributeType> = {}): SchemaAttributeType => ({
  Name,
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: {},
  ...more,
});

describe('the export schema (a CreateUserPool Schema from a described one)', () => {
  it('keeps every standard attribute as described, drops sub and over-long names, and strips custom prefixes', () => {
    const schema = createSchemaOf(
      described(
        realCognitoSchema(
          [
            custom('custom:tenant', { StringAttributeConstraints: { MaxLength: '36' } }),
            custom('custom:seats', {
              AttributeDataType: 'Number',
              StringAttributeConstraints: undefined,
              NumberAttributeConstraints: { MinValue: '1' },
            }),
            custom('dev:custom:legacy', { DeveloperOnlyAttribute: true }),
            // Cognito-managed, not a standard attribute: sent back it would become custom:identities.
            custom('identities'),
          ],
          {
            email: { Required: true },
            given_name: { StringAttributeConstraints: { MinLength: '0', MaxLength: '255' } },
          },
        ),
      ),
    );
    const names = schema.map((a) => a.Name);
    expect(names).not.toContain('sub');
    expect(names).not.toContain('phone_number_verified');
    expect(names).not.toContain('identities');
    expect(names).toEqual(expect.arrayContaining(['name', 'email', 'email_verified', 'updated_at', 'address']));
    expect(names).toHaveLength(18 + 3);
    for (const name of names) expect(name?.length).toBeLessThanOrEqual(20);
    const byName = (n: string) => schema.find((a) => a.Name === n);
    expect(byName('email')).toEqual({
      Name: 'email',
      AttributeDataType: 'String',
      Mutable: true,
      Required: true,
      StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' },
    });
    expect(byName('given_name')?.StringAttributeConstraints).toEqual({ MinLength: '0', MaxLength: '255' });
    expect(byName('email_verified')).toEqual({
      Name: 'email_verified',
      AttributeDataType: 'Boolean',
      Mutable: true,
      Required: false,
    });
    expect(byName('updated_at')?.NumberAttributeConstraints).toEqual({ MinValue: '0' });
    expect(byName('tenant')).toEqual({
      Name: 'tenant',
      AttributeDataType: 'String',
      Mutable: true,
      Required: false,
      StringAttributeConstraints: { MaxLength: '36' },
    });
    expect(byName('seats')?.NumberAttributeConstraints).toEqual({ MinValue: '1' });
    expect(byName('legacy')).toMatchObject({ DeveloperOnlyAttribute: true });
  });

  it("stays within CreateUserPool's 50 entries by leaving out standard attributes that restate the defaults", () => {
    const many = Array.from({ length: 40 }, (_, i) => custom(`custom:c${i}`));
    const schema = createSchemaOf(described(realCognitoSchema(many, { email: { Required: true } })));
    expect(schema.length).toBeLessThanOrEqual(50);
    expect(schema.map((a) => a.Name)).toEqual(['email', ...many.map((a) => a.Name?.replace('custom:', ''))]);
  });
});
