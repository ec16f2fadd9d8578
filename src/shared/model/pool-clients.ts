import { z } from 'zod';
import { configChangeSchema, poolVersionSchema } from './pool-config';

/** App clients of a user pool; edit fields keep the UpdateUserPoolClient names (API reference limits). */

export const appClientIdSchema = z
  .string()
  .min(1, 'Choose an app client')
  .max(128, 'An app client id is at most 128 characters')
  .regex(/^[\w+]+$/, 'Not an app client id');

export const TOKEN_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;
export type TokenUnit = (typeof TOKEN_UNITS)[number];
export const AUTH_FLOWS = [
  'ALLOW_USER_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
] as const;
export const OAUTH_FLOWS = ['code', 'implicit', 'client_credentials'] as const;

const MINUTES: Record<TokenUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };
/** Documented ranges: access and ID tokens 5 minutes to 1 day; refresh tokens 60 minutes to 10 years. */
export const TOKEN_LIMITS = {
  AccessToken: {
    field: 'AccessTokenValidity',
    min: 5,
    max: 1440,
    what: 'Access token validity',
    range: '5 minutes to 1 day',
  },
  IdToken: { field: 'IdTokenValidity', min: 5, max: 1440, what: 'ID token validity', range: '5 minutes to 1 day' },
  RefreshToken: {
    field: 'RefreshTokenValidity',
    min: 60,
    max: 3650 * 1440,
    what: 'Refresh token validity',
    range: '60 minutes to 3,650 days',
  },
} as const;

/** Cognito takes https, or http for localhost only, or an app's own scheme (myapp://); never a fragment. */
export function callbackUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not an absolute URL`;
  }
  if (parsed.hash) return `"${url}" must not contain a # fragment`;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && !local) return `"${url}": use https:// (http:// is allowed for localhost only)`;
  return undefined;
}

const url = z
  .string()
  .max(1024, 'A URL is at most 1024 characters')
  .superRefine((u, ctx) => {
    const problem = callbackUrlProblem(u);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const urls = z.array(url).max(100, 'At most 100 URLs');
const positive = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .positive(`${what} must be positive`);
const unit = z.enum(TOKEN_UNITS, { error: 'Choose seconds, minutes, hours or days' });

const clientFields = {
  ClientName: z
    .string()
    .min(1, 'Name the app client')
    .max(128, 'An app client name is at most 128 characters')
    .regex(/^[\w\s+=,.@-]+$/, 'An app client name holds letters, digits, spaces and + = , . @ - only'),
  AccessTokenValidity: positive('Access token validity'),
  IdTokenValidity: positive('ID token validity'),
  RefreshTokenValidity: positive('Refresh token validity'),
  TokenValidityUnits: z.object({ AccessToken: unit, IdToken: unit, RefreshToken: unit }).partial().strict(),
  ReadAttributes: z.array(z.string().min(1).max(2048)).max(100),
  WriteAttributes: z.array(z.string().min(1).max(2048)).max(100),
  ExplicitAuthFlows: z
    .array(z.enum(AUTH_FLOWS, { error: 'Not an authentication flow' }))
    .refine((l) => new Set(l).size === l.length, 'List each flow once'),
  SupportedIdentityProviders: z.array(z.string().min(1).max(32)).max(50),
  CallbackURLs: urls,
  LogoutURLs: urls,
  DefaultRedirectURI: url,
  AllowedOAuthFlows: z.array(z.enum(OAUTH_FLOWS, { error: 'Not an OAuth flow' })).max(3),
  AllowedOAuthScopes: z.array(z.string().min(1).max(256)).max(50),
  AllowedOAuthFlowsUserPoolClient: z.boolean(),
  PreventUserExistenceErrors: z.enum(['ENABLED', 'LEGACY']),
  EnableTokenRevocation: z.boolean(),
  EnablePropagateAdditionalUserContextData: z.boolean(),
  AuthSessionValidity: z
    .number({ error: 'Session validity must be a number' })
    .int('Session validity must be a whole number of minutes')
    .min(3, 'Session validity is at least 3 minutes')
    .max(15, 'Session validity is at most 15 minutes'),
  RefreshTokenRotation: z
    .object({
      Feature: z.enum(['ENABLED', 'DISABLED']),
      RetryGracePeriodSeconds: z.number().int().min(0, 'At least 0 seconds').max(60, 'At most 60 seconds').optional(),
    })
    .strict(),
};

export type TokenCheckable = {
  AccessTokenValidity?: number;
  IdTokenValidity?: number;
  RefreshTokenValidity?: number;
  TokenValidityUnits?: Partial<Record<keyof typeof TOKEN_LIMITS, TokenUnit>>;
};

/** Cognito's units when none is set: hours for access and ID tokens, days for refresh tokens. */
export const DEFAULT_TOKEN_UNITS = { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' } as const;

/**
 * Token validity is only meaningful with its unit. `defaults: true` reads a missing unit as Cognito's default
 * (a whole client, a new one, an editor draft); `false` checks only tokens whose unit is given, because in an API
 * edit a missing unit means the one the client already has, known only after the merge (checked again in main).
 */
export function tokenValidityIssues(value: TokenCheckable, defaults: boolean): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const [token, limit] of Object.entries(TOKEN_LIMITS) as [
    keyof typeof TOKEN_LIMITS,
    (typeof TOKEN_LIMITS)[keyof typeof TOKEN_LIMITS],
  ][]) {
    const amount = value[limit.field];
    const given = value.TokenValidityUnits?.[token];
    if (amount === undefined || (!given && !defaults)) continue;
    const minutes = amount * MINUTES[given ?? DEFAULT_TOKEN_UNITS[token]];
    if (minutes < limit.min || minutes > limit.max) {
      issues.push({ path: limit.field, message: `${limit.what} must be ${limit.range}` });
    }
  }
  return issues;
}

const checkTokens = (defaults: boolean) => (value: TokenCheckable, ctx: z.RefinementCtx) => {
  for (const issue of tokenValidityIssues(value, defaults)) {
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }
};

const clientEditObject = z.object(clientFields).partial().strict();

export const clientEditSchema = clientEditObject
  .superRefine(checkTokens(false))
  .refine((edit) => Object.keys(edit).length > 0, 'The edit changes nothing');
export type ClientEdit = z.infer<typeof clientEditSchema>;

/** The editor's draft holds every token field, so a missing unit there is Cognito's default. */
export const clientFormSchema = clientEditObject.superRefine(checkTokens(true));

export const clientCreateSchema = z
  .object({ ...clientFields, GenerateSecret: z.boolean() })
  .partial()
  .required({ ClientName: true })
  .strict()
  .superRefine(checkTokens(true));
export type ClientCreate = z.infer<typeof clientCreateSchema>;

export const appClientSummarySchema = z.object({
  clientId: appClientIdSchema,
  name: z.string(),
  hasSecret: z.boolean(),
  authFlows: z.array(z.string()),
  callbackUrls: z.array(z.string()),
  lastModifiedAt: z.string().optional(),
  detailError: z.string().optional(),
});
export type AppClientSummary = z.infer<typeof appClientSummarySchema>;

export const appClientConfigSchema = z.object({
  clientId: appClientIdSchema,
  name: z.string(),
  /** Whether a secret exists; the secret itself comes only from userPools:reveal-client-secret. */
  hasSecret: z.boolean(),
  createdAt: z.string().optional(),
  settings: z.record(z.string(), z.unknown()),
  version: poolVersionSchema,
});
export type AppClientConfig = z.infer<typeof appClientConfigSchema>;

export const clientUpdateResultSchema = z.object({
  changes: z.array(configChangeSchema),
  config: appClientConfigSchema,
});
export type ClientUpdateResult = z.infer<typeof clientUpdateResultSchema>;
