import { z } from 'zod';

/** Cognito prefix domains: lowercase letters, digits and hyphens, not starting or ending with a hyphen. */
export const domainPrefixSchema = z
  .string()
  .min(1, 'Choose a domain prefix')
  .max(63, 'A domain prefix is at most 63 characters')
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, digits and hyphens (not at either end)')
  .refine((p) => !/aws|amazon|cognito/.test(p), 'A prefix cannot contain aws, amazon or cognito');

/**
 * A custom domain such as auth.example.com: the API takes at most 63 characters, lowercase letters, digits and
 * hyphens in dot-separated labels. A single label would be a Cognito prefix, so a dot is required.
 */
export const customDomainSchema = z
  .string()
  .min(1, 'Enter the custom domain, for example auth.example.com')
  .max(63, 'A custom domain is at most 63 characters')
  .regex(
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
    'Enter a full domain name in lowercase, for example auth.example.com',
  );

/** Cognito serves custom domains through CloudFront, which takes certificates from ACM in us-east-1 only. */
export const certificateArnSchema = z
  .string()
  .min(20, 'Enter the ACM certificate ARN')
  .max(2048, 'An ARN is at most 2048 characters')
  .regex(
    /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/,
    'Not an ACM certificate ARN (arn:aws:acm:us-east-1:<account id>:certificate/<id>)',
  )
  .refine((arn) => arn.split(':')[3] === 'us-east-1', 'The certificate must be in ACM in us-east-1 (N. Virginia)');

export const poolDomainSchema = z.object({
  /** The Cognito prefix or the custom domain; absent when the pool has none. */
  domain: z.string().optional(),
  custom: z.boolean(),
  status: z.string().optional(),
  /** The base URL of the hosted UI / managed login. */
  baseUrl: z.string().optional(),
  managedLoginVersion: z.number().optional(),
  /** Custom domains: the ACM certificate, and the CloudFront host the DNS alias (CNAME) must point at. */
  certificateArn: z.string().optional(),
  cloudFrontTarget: z.string().optional(),
  /** A sign-in URL per app client that has a callback URL and the code or implicit grant. */
  loginUrls: z.array(z.object({ clientName: z.string(), clientId: z.string(), url: z.string() })),
});
export type PoolDomain = z.infer<typeof poolDomainSchema>;

/** The hosted UI / managed login base URL of a Cognito prefix domain or a custom domain. */
export function domainBaseUrl(domain: string, region: string, custom: boolean): string {
  return custom ? `https://${domain}` : `https://${domain}.auth.${region}.amazoncognito.com`;
}
