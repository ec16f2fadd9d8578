import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';

const text = (Name: string, MinLength = '0', MaxLength = '2048'): SchemaAttributeType => ({
  Name,
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  StringAttributeConstraints: { MinLength, MaxLength },
});
const flag = (Name: string): SchemaAttributeType => ({
  Name,
  AttributeDataType: 'Boolean',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
});

/**
 * SchemaAttributes as real Cognito's DescribeUserPool lists them for a new pool: every standard attribute, in
 * Cognito's order, whatever the CreateUserPool Schema held, then the custom ones. `changes` replaces the listed
 * properties of a standard attribute (what a Schema entry for it set).
 */
export function realCognitoSchema(
  custom: SchemaAttributeType[] = [],
  changes: Record<string, Partial<SchemaAttributeType>> = {},
): SchemaAttributeType[] {
  const standard: SchemaAttributeType[] = [
    { ...text('sub', '1'), Mutable: false, Required: true },
    ...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username'].map((n) => text(n)),
    ...['profile', 'picture', 'website', 'email'].map((n) => text(n)),
    flag('email_verified'),
    text('gender'),
    text('birthdate', '10', '10'),
    text('zoneinfo'),
    text('locale'),
    text('phone_number'),
    flag('phone_number_verified'),
    text('address'),
    {
      Name: 'updated_at',
      AttributeDataType: 'Number',
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
      NumberAttributeConstraints: { MinValue: '0' },
    },
  ];
  return [...standard.map((a) => ({ ...a, ...changes[a.Name ?? ''] })), ...custom];
}
