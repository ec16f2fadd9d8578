import { z } from 'zod';
import { profileNameSchema } from './profiles';
import { rateLimitsSchema } from './rate-limits';

export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  readOnlyProfiles: z.array(profileNameSchema),
  theme: z.enum(THEMES),
  lastProfile: profileNameSchema.optional(),
  lastRegion: z.string().optional(),
  /** Request rates lowered below Cognito's documented quotas, per category (jobs, loads and exports use them). */
  rateLimits: rateLimitsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { readOnlyProfiles: [], theme: 'system' };
