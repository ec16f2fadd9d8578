import { z } from 'zod';
import { attributeNameSchema } from '../../../shared/model/users';
import { COLUMN_FIELDS } from './schema';

/**
 * A column of the row (username, status, enabled, createdAt, lastModifiedAt) or an attribute name. Attribute names
 * go into a JSON path inside SQL text (an expression index only matches a literal), so a `"` or `\` is refused
 * here rather than escaped: Cognito allows them in theory, no real pool uses them.
 */
export const indexFieldSchema = z
  .string()
  .refine(
    (f) => Object.hasOwn(COLUMN_FIELDS, f) || (attributeNameSchema.safeParse(f).success && !/["\\]/.test(f)),
    'Not a user column or attribute name',
  );

export const FILTER_OPS = ['equals', 'startsWith', 'contains'] as const;

export const indexFilterSchema = z
  .object({ field: indexFieldSchema, op: z.enum(FILTER_OPS), value: z.string().max(2048) })
  .strict();
export type IndexFilter = z.infer<typeof indexFilterSchema>;

export const indexSortSchema = z.object({ field: indexFieldSchema, direction: z.enum(['asc', 'desc']) }).strict();
export type IndexSort = z.infer<typeof indexSortSchema>;

export const indexQuerySchema = z
  .object({
    /** Case-insensitive substring of the user name or any attribute value. */
    search: z.string().max(256).optional(),
    /** All must hold. equals is exact; startsWith/contains ignore the case of A-Z only (SQLite LIKE). */
    filters: z.array(indexFilterSchema).max(20).optional(),
    /** Default: the order users were first written. Ties are broken by the user's key, so blocks never overlap or skip. */
    sort: indexSortSchema.optional(),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type IndexQuery = z.input<typeof indexQuerySchema>;
export type ParsedIndexQuery = z.output<typeof indexQuerySchema>;
