import { describe, expect, it } from 'vitest';
import { toPoolConfig } from '../../../src/main/services/pool-config';
import {
  isDefaultStandard,
  STANDARD_ATTRIBUTE_DEFAULTS,
  withStandardDefaults,
} from '../../../src/shared/model/standard-attributes';
import { STANDARD_ATTRIBUTES } from '../../../src/shared/model/users';
import { realCognitoSchema } from '../helpers/cognito-schema';

const described = (schema = realCognitoSchema()) => toPoolConfig({ Id: 'eu-west-1_x', SchemaAttributes: schema }).fixed;

describe("Cognito's standard attribute defaults", () => {
  it('covers exactly the standard attributes, and equals what real Cognito lists for a new pool', () => {
    expect(Object.keys(STANDARD_ATTRIBUTE_DEFAULTS).sort()).toEqual([...STANDARD_ATTRIBUTES].sort());
    for (const attribute of described().schema) {
      expect(STANDARD_ATTRIBUTE_DEFAULTS[attribute.name]).toEqual(attribute);
      expect(isDefaultStandard(attribute)).toBe(true);
    }
  });

  it('fills the standard attributes a describe leaves out, and the fields it leaves out, with the defaults', () => {
    const filled = withStandardDefaults([
      { name: 'custom:tenant', dataType: 'String', custom: true, required: false, mutable: true, developerOnly: false },
      // moto lists a standard attribute created without AttributeDataType with no type and no length range.
      { name: 'email', custom: false, required: true, mutable: true, developerOnly: false },
    ]);
    expect(filled.map((a) => a.name).sort()).toEqual(['custom:tenant', ...STANDARD_ATTRIBUTES].sort());
    expect(filled.find((a) => a.name === 'email')).toEqual({
      ...STANDARD_ATTRIBUTE_DEFAULTS.email,
      required: true,
    });
    expect(filled.find((a) => a.name === 'custom:tenant')?.minLength).toBeUndefined();
  });

  it('tells a standard attribute at its defaults from one with changed properties; custom ones are never defaults', () => {
    const fixed = described(
      realCognitoSchema([{ Name: 'custom:t', AttributeDataType: 'String', Mutable: true, Required: false }], {
        email: { Required: true },
        given_name: { StringAttributeConstraints: { MinLength: '0', MaxLength: '255' } },
        birthdate: { Mutable: false },
      }),
    );
    const changed = fixed.schema.filter((a) => !isDefaultStandard(a)).map((a) => a.name);
    expect(changed).toEqual(['given_name', 'email', 'birthdate', 'custom:t']);
  });
});
