import { z } from 'zod';

/** A custom attribute to add (AddCustomAttributes): Cognito never removes or renames one. */
export const CUSTOM_ATTRIBUTE_TYPES = ['String', 'Number', 'DateTime', 'Boolean'] as const;
const digits = (what: string) => z.string().regex(/^-?\d{1,10}$/, `${what} must be a whole number`);

export const customAttributeSchema = z
  .object({
    Name: z
      .string()
      .min(1, 'Name the attribute')
      .max(20, 'A custom attribute name is at most 20 characters (without custom:)')
      .regex(/^[A-Za-z0-9_]+$/, 'Use letters, digits and _ only'),
    AttributeDataType: z.enum(CUSTOM_ATTRIBUTE_TYPES),
    Mutable: z.boolean(),
    StringAttributeConstraints: z
      .object({ MinLength: digits('Minimum length'), MaxLength: digits('Maximum length') })
      .partial()
      .strict()
      .optional(),
    NumberAttributeConstraints: z
      .object({ MinValue: digits('Minimum value'), MaxValue: digits('Maximum value') })
      .partial()
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (a) => Number(a.StringAttributeConstraints?.MaxLength ?? 2048) <= 2048,
    'A string attribute holds at most 2048 characters',
  )
  .refine(
    (a) =>
      Number(a.StringAttributeConstraints?.MinLength ?? 0) <= Number(a.StringAttributeConstraints?.MaxLength ?? 2048),
    'The minimum length is larger than the maximum',
  )
  .refine(
    (a) =>
      Number(a.NumberAttributeConstraints?.MinValue ?? -Infinity) <=
      Number(a.NumberAttributeConstraints?.MaxValue ?? Infinity),
    'The minimum value is larger than the maximum',
  );
export type CustomAttribute = z.infer<typeof customAttributeSchema>;

/** A pool holds at most 50 custom attributes, and they can never be removed or renamed. */
export const MAX_CUSTOM_ATTRIBUTES = 50;
