import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';

/** A schema naming custom attributes and standard ones, some at Cognito's defaults and some changed. */
export const EXPLICIT_SCHEMA: SchemaAttributeType[] = [
  { Name: 'tenant', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: { MaxLength: '36' } },
  { Name: 'seats', AttributeDataType: 'Number', Mutable: true, NumberAttributeConstraints: { MinValue: '1' } },
  { Name: 'joined', AttributeDataType: 'DateTime', Mutable: false },
  { Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true },
  {
    Name: 'given_name',
    AttributeDataType: 'String',
    Mutable: true,
    Required: false,
    StringAttributeConstraints: { MinLength: '1', MaxLength: '255' },
  },
  { Name: 'birthdate', AttributeDataType: 'String', Mutable: false, Required: false },
  // Exactly Cognito's defaults: the export used to leave these out, and a copy on moto then lacked them.
  { Name: 'name', AttributeDataType: 'String', Mutable: true, Required: false },
  { Name: 'email_verified', AttributeDataType: 'Boolean', Mutable: true, Required: false },
];
