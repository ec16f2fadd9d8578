import { z } from 'zod';
import { profileNameSchema, regionSchema } from './profiles';
import { userPoolIdSchema } from './user-pools';

/** One side of a pool-to-pool comparison: any profile and region (dev vs prod). */
export const poolSideSchema = z
  .object({ profile: profileNameSchema, region: regionSchema, userPoolId: userPoolIdSchema })
  .strict();
export type PoolSide = z.infer<typeof poolSideSchema>;

const json = z.unknown();

export const compareRowSchema = z.object({
  section: z.string(),
  path: z.string(),
  label: z.string(),
  left: json.optional(),
  right: json.optional(),
});
export type CompareRow = z.infer<typeof compareRowSchema>;

export const poolCompareSchema = z.object({
  left: poolSideSchema.extend({ name: z.string() }),
  right: poolSideSchema.extend({ name: z.string() }),
  /** Only the settings that differ, in section order; ids and timestamps are never compared. */
  differences: z.array(compareRowSchema),
  /** How many settings were compared in all. */
  compared: z.number().int().nonnegative(),
});
export type PoolCompare = z.infer<typeof poolCompareSchema>;

const show = (value: unknown): string => (value === undefined ? '(not set)' : JSON.stringify(value));

/** The comparison as plain text, for a ticket or a CI log. */
export function compareToText(result: PoolCompare): string {
  const side = (s: PoolCompare['left']) => `${s.name} (${s.userPoolId}, ${s.profile}, ${s.region})`;
  const lines = [`left:  ${side(result.left)}`, `right: ${side(result.right)}`, ''];
  if (result.differences.length === 0) lines.push(`No differences in ${result.compared} settings.`);
  let section = '';
  for (const row of result.differences) {
    if (row.section !== section) {
      section = row.section;
      lines.push(`[${section}]`);
    }
    lines.push(`  ${row.label}`, `    - ${show(row.left)}`, `    + ${show(row.right)}`);
  }
  return `${lines.join('\n')}\n`;
}
