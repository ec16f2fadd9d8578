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
