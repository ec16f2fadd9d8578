import { z } from 'zod';
import { profileNameSchema } from './profiles';
import { rateLimitsSchema } from './rate-limits';

/** The share of the UserList quota a background index sync may use unless Settings say otherwise. */
export const DEFAULT_INDEX_SYNC_SHARE = 0.5;
export const indexSyncShareSchema = z
  .number()
  .min(0.1, 'At least 10% of the UserList rate')
  .max(1, 'At most the whole UserList rate');

export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  readOnlyProfiles: z.array(profileNameSchema),
  theme: z.enum(THEMES),
  lastProfile: profileNameSchema.optional(),
  lastRegion: z.string().optional(),
  /** Request rates lowered below Cognito's documented quotas, per category (jobs, loads and exports use them). */
  rateLimits: rateLimitsSchema.optional(),
  /**
   * The share of the UserList rate a local index sync may use (default 0.5): the rest stays for the customer's own
   * applications, which share the account's 30 ListUsers calls/s with the console.
   */
  indexSyncShare: indexSyncShareSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { readOnlyProfiles: [], theme: 'system' };
