import type { SchemaAttributeType } from '@aws-sdk/client-cognito-identity-provider';
import type { SchemaAttribute } from '../../shared/model/pool-config';
import { isDefaultStandard, isStandardAttribute } from '../../shared/model/standard-attributes';

/**
 * CreateUserPool's Schema takes 1 to 50 entries (SchemaAttributesListType) whose Name is 1 to 20 characters
 * (CustomAttributeNameType), per the Cognito API reference.
 */
const MAX_SCHEMA = 50;
const MAX_NAME = 20;

/**
 * sub is Cognito's own, not a setting ("Amazon Cognito assigns a unique user identifier value to each user's sub
 * attribute"; required and immutable in every pool). phone_number_verified (21 characters) is over the Name
 * limit. Cognito gives every new pool both, with their default properties.
 */
const NOT_SENT = new Set(['sub']);

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** One described attribute as CreateUserPool takes it: custom ones by their bare name ("tenant", not "custom:tenant"). */
function schemaInput(a: SchemaAttribute): SchemaAttributeType {
  const developerOnly = a.developerOnly || a.name.startsWith('dev:');
  const name = a.custom ? a.name.replace(/^(dev:)?(custom:)?/, '') : a.name;
  const strings = a.minLength !== undefined || a.maxLength !== undefined;
  const numbers = a.minValue !== undefined || a.maxValue !== undefined;
  return {
    Name: name,
    AttributeDataType: (a.dataType ?? 'String') as SchemaAttributeType['AttributeDataType'],
    Mutable: a.mutable,
    Required: a.required,
    ...(developerOnly ? { DeveloperOnlyAttribute: true } : {}),
    ...(strings ? { StringAttributeConstraints: defined({ MinLength: a.minLength, MaxLength: a.maxLength }) } : {}),
    ...(numbers ? { NumberAttributeConstraints: defined({ MinValue: a.minValue, MaxValue: a.maxValue }) } : {}),
  };
}

/** Whether CreateUserPool accepts the attribute back under this name with these properties. */
function sendable(a: SchemaAttribute): boolean {
  if (a.custom) return true;
  // Any other name in a Schema would create a custom attribute (custom:NAME) that the source pool does not have.
  return isStandardAttribute(a.name) && !NOT_SENT.has(a.name) && a.name.length <= MAX_NAME;
}

/**
 * The schema as DescribeUserPool listed it, as a CreateUserPool Schema: standard attributes in their described
 * properties (so a copy keeps a changed length or mutability), custom ones by bare name, without what
 * CreateUserPool refuses. Over the 50-entry limit, standard attributes that only restate Cognito's defaults go
 * first: Cognito sets them up that way without being asked.
 */
export function createSchemaOf(described: readonly SchemaAttribute[]): SchemaAttributeType[] {
  const kept = described.filter(sendable);
  const trimmed = kept.length > MAX_SCHEMA ? kept.filter((a) => a.custom || !isDefaultStandard(a)) : kept;
  return trimmed.map(schemaInput);
}
