import { z } from 'zod';

/** Whether an app client has a managed login branding style (DescribeManagedLoginBrandingByClient). */
export const clientBrandingSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  /** Absent: the client has no style of its own (managed login shows Cognito's default look). */
  brandingId: z.string().optional(),
  /** The style uses Cognito's provided values rather than custom settings and assets. */
  useCognitoProvidedValues: z.boolean().optional(),
  lastModifiedAt: z.string().optional(),
});
export type ClientBranding = z.infer<typeof clientBrandingSchema>;

export const brandingIdSchema = z
  .string()
  .min(1, 'Name the branding style')
  .max(64, 'A branding style id is at most 64 characters')
  .regex(/^[0-9a-fA-F-]+$/, 'Not a managed login branding id');
