import { z } from 'zod';
import { MFA_MODES } from './pool-config';

/** The pool's second factors (GetUserPoolMfaConfig), as the editor shows them. */
export const poolMfaSchema = z
  .object({
    MfaConfiguration: z.enum(MFA_MODES, { error: 'Choose off, optional or required' }),
    /** Authenticator apps (TOTP). */
    Totp: z.boolean(),
    /** SMS codes: needs the pool's SMS role (SmsConfiguration). */
    Sms: z.boolean(),
    /** Email codes: needs the Essentials or Plus plan and SES (DEVELOPER) email sending. */
    Email: z.boolean(),
  })
  .strict();
export type PoolMfa = z.infer<typeof poolMfaSchema>;

/** An edit of the factors; turning MFA on needs at least one factor, as Cognito requires. */
export const poolMfaEditSchema = poolMfaSchema
  .partial()
  .strict()
  .refine((m) => Object.keys(m).length > 0, 'The edit changes nothing');

export const MFA_LABELS: Record<keyof PoolMfa, string> = {
  MfaConfiguration: 'Multi-factor authentication',
  Totp: 'Authenticator apps (TOTP)',
  Sms: 'SMS codes',
  Email: 'Email codes',
};

/**
 * A passkey relying party id: a host name such as auth.example.com (the pool's prefix or custom domain), without a
 * scheme, port or path. GetUserPoolMfaConfig / SetUserPoolMfaConfig limit it to 127 characters.
 */
export const relyingPartyIdSchema = z
  .string()
  .max(127, 'A relying party id is at most 127 characters')
  .refine((s) => !s.includes('://'), 'Enter the host name only, without https://')
  .refine((s) => !/[:/?#]/.test(s), 'Enter the host name only, without a port or path')
  .regex(
    /^(?=.{1,127}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/,
    'Enter a host name in lowercase, for example auth.example.com or myapp.auth.eu-west-1.amazoncognito.com',
  );

export const USER_VERIFICATION = ['preferred', 'required'] as const;

/** Passkey (WebAuthn) settings of SetUserPoolMfaConfig; absent = not set (Cognito's defaults apply). */
export const passkeySettingsSchema = z
  .object({
    relyingPartyId: relyingPartyIdSchema,
    userVerification: z.enum(USER_VERIFICATION, { error: 'Choose preferred or required' }),
  })
  .partial()
  .strict();
export type PasskeySettings = z.infer<typeof passkeySettingsSchema>;

export const PASSKEY_LABELS: Record<keyof PasskeySettings, string> = {
  relyingPartyId: 'Passkey relying party id',
  userVerification: 'Passkey user verification',
};
