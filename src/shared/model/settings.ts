import { z } from 'zod';
import { profileNameSchema } from './profiles';

export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  readOnlyProfiles: z.array(profileNameSchema),
  theme: z.enum(THEMES),
  lastProfile: profileNameSchema.optional(),
  lastRegion: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { readOnlyProfiles: [], theme: 'system' };
