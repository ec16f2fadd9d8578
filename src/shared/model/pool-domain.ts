import { z } from 'zod';

/** Cognito prefix domains: lowercase letters, digits and hyphens, not starting or ending with a hyphen. */
export const domainPrefixSchema = z
  .string()
  .min(1, 'Choose a domain prefix')
  .max(63, 'A domain prefix is at most 63 characters')
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, digits and hyphens (not at either end)')
  .refine((p) => !/aws|amazon|cognito/.test(p), 'A prefix cannot contain aws, amazon or cognito');

export const poolDomainSchema = z.object({
  /** The Cognito prefix or the custom domain; absent when the pool has none. */
  domain: z.string().optional(),
  custom: z.boolean(),
  status: z.string().optional(),
  /** The base URL of the hosted UI / managed login. */
  baseUrl: z.string().optional(),
  managedLoginVersion: z.number().optional(),
  /** A sign-in URL per app client that has a callback URL and the code or implicit grant. */
  loginUrls: z.array(z.object({ clientName: z.string(), clientId: z.string(), url: z.string() })),
});
export type PoolDomain = z.infer<typeof poolDomainSchema>;

/** The hosted UI / managed login base URL of a Cognito prefix domain or a custom domain. */
export function domainBaseUrl(domain: string, region: string, custom: boolean): string {
  return custom ? `https://${domain}` : `https://${domain}.auth.${region}.amazoncognito.com`;
}
