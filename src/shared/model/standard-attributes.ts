import type { SchemaAttribute } from './pool-config';

type Properties = Pick<SchemaAttribute, 'dataType' | 'minLength' | 'maxLength' | 'minValue'> &
  Partial<Pick<SchemaAttribute, 'required' | 'mutable'>>;
const text = (minLength = '0', maxLength = '2048'): Properties => ({ dataType: 'String', minLength, maxLength });
const flag: Properties = { dataType: 'Boolean' };

/**
 * Cognito's standard attributes with the properties a pool has for them when CreateUserPool's Schema does not set
 * them. Amazon Cognito Developer Guide, "Working with user attributes": "Except for sub, standard attributes are
 * optional by default"; "By default, standard and custom attribute values can be any string with a length of up to
 * 2048 characters"; "Standard attributes have predefined properties that you can view in the SchemaAttributes
 * parameter of a DescribeUserPool API response" — the values below are those, as a new pool's DescribeUserPool
 * lists them (sub required and immutable, birthdate exactly 10 characters, updated_at a number from 0, the two
 * *_verified flags booleans). None is developer-only: that is a custom-attribute (dev:) option.
 */
const PROPERTIES: Record<string, Properties> = {
  sub: { ...text('1'), required: true, mutable: false },
  name: text(),
  given_name: text(),
  family_name: text(),
  middle_name: text(),
  nickname: text(),
  preferred_username: text(),
  profile: text(),
  picture: text(),
  website: text(),
  email: text(),
  email_verified: flag,
  gender: text(),
  birthdate: text('10', '10'),
  zoneinfo: text(),
  locale: text(),
  phone_number: text(),
  phone_number_verified: flag,
  address: text(),
  updated_at: { dataType: 'Number', minValue: '0' },
};

/** Name -> the attribute as Cognito sets it up by default. Defined once; the export and the diff both use it. */
export const STANDARD_ATTRIBUTE_DEFAULTS: Readonly<Record<string, SchemaAttribute>> = Object.fromEntries(
  Object.entries(PROPERTIES).map(([name, p]) => [
    name,
    {
      name,
      dataType: p.dataType,
      custom: false,
      required: p.required ?? false,
      mutable: p.mutable ?? true,
      developerOnly: false,
      ...(p.minLength !== undefined ? { minLength: p.minLength, maxLength: p.maxLength } : {}),
      ...(p.minValue !== undefined ? { minValue: p.minValue } : {}),
    },
  ]),
);

export const isStandardAttribute = (name: string): boolean => Object.hasOwn(STANDARD_ATTRIBUTE_DEFAULTS, name);

/** A standard attribute with what its description leaves out (a type, a length range) read as Cognito's default. */
function completed(a: SchemaAttribute): SchemaAttribute {
  const fallback = STANDARD_ATTRIBUTE_DEFAULTS[a.name];
  if (a.custom || !fallback) return a;
  return {
    ...a,
    dataType: a.dataType ?? fallback.dataType,
    minLength: a.minLength ?? fallback.minLength,
    maxLength: a.maxLength ?? fallback.maxLength,
    minValue: a.minValue ?? fallback.minValue,
    maxValue: a.maxValue ?? fallback.maxValue,
  };
}

/**
 * The schema Cognito guarantees: every standard attribute (in Cognito's order, the ones the description does not
 * list at their defaults), then the others as described. Real Cognito always lists them all; moto lists them only
 * for a pool created without a Schema.
 */
export function withStandardDefaults(schema: readonly SchemaAttribute[]): SchemaAttribute[] {
  const listed = new Map(schema.filter((a) => !a.custom).map((a) => [a.name, a]));
  const standard = Object.values(STANDARD_ATTRIBUTE_DEFAULTS).map((d) => {
    const mine = listed.get(d.name);
    return mine ? completed(mine) : d;
  });
  return [...standard, ...schema.filter((a) => a.custom || !isStandardAttribute(a.name))];
}

const COMPARED = [
  'dataType',
  'required',
  'mutable',
  'developerOnly',
  'minLength',
  'maxLength',
  'minValue',
  'maxValue',
] as const satisfies readonly (keyof SchemaAttribute)[];

/** True when a standard attribute has exactly the properties Cognito gives it anyway. */
export function isDefaultStandard(a: SchemaAttribute): boolean {
  const fallback = STANDARD_ATTRIBUTE_DEFAULTS[a.name];
  if (a.custom || !fallback) return false;
  const mine = completed(a);
  return COMPARED.every((k) => mine[k] === fallback[k]);
}
