import { z } from 'zod';
import { jobIdSchema } from './jobs';
import { attributeNameSchema, userRowSchema } from './users';

/** Row columns a local index query may sort or filter on (main maps each to its SQL column). */
export const INDEX_COLUMNS = ['username', 'status', 'enabled', 'createdAt', 'lastModifiedAt'] as const;
export type IndexColumn = (typeof INDEX_COLUMNS)[number];

/**
 * A column of the row or an attribute name. Attribute names go into a JSON path inside SQL text (an expression
 * index only matches a literal), so a `"` or `\` is refused here rather than escaped: Cognito allows them in
 * theory, no real pool uses them.
 */
export const indexFieldSchema = z
  .string()
  .refine(
    (f) =>
      (INDEX_COLUMNS as readonly string[]).includes(f) ||
      (attributeNameSchema.safeParse(f).success && !/["\\]/.test(f)),
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

/**
 * "Every user matching" the grid's search and filters: a query, not a list of rows, so a selection of a million
 * users crosses IPC as a few bytes. Main turns it into usernames from the index when the job starts.
 */
export const indexSelectionSchema = z
  .object({ search: indexQuerySchema.shape.search, filters: indexQuerySchema.shape.filters })
  .strict();
export type IndexSelection = z.infer<typeof indexSelectionSchema>;

export const indexPageSchema = z.object({
  rows: z.array(userRowSchema),
  total: z.number().int().nonnegative(),
  /** True when `total` only says "at least": more rows may match. */
  totalIsLowerBound: z.boolean(),
});

/** What the users screen shows about a pool's local index. */
export const indexStatusSchema = z.object({
  users: z.number().int().nonnegative(),
  /** When a full sync last finished: users deleted in Cognito before then are gone from the index. */
  lastCompleteAt: z.string().optional(),
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The file was damaged and rebuilt empty on open; sync to fill it again. */
  rebuiltBecause: z.string().optional(),
  /** The sync running on this pool now. */
  syncJobId: jobIdSchema.optional(),
  /** A sync stopped before its end: the next one continues it. */
  resumable: z.boolean(),
});
export type IndexStatusView = z.infer<typeof indexStatusSchema>;
