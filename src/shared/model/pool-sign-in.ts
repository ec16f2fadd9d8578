import { z } from 'zod';

/** Choice-based sign-in (Essentials and Plus plans): the factors a user may start with. PASSWORD is mandatory. */
export const FIRST_AUTH_FACTORS = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;

export const signInPolicyEditSchema = z
  .object({
    AllowedFirstAuthFactors: z
      .array(z.enum(FIRST_AUTH_FACTORS, { error: 'Not a sign-in factor' }))
      .refine((l) => l.includes('PASSWORD'), 'Password must stay allowed (Cognito requires it)')
      .refine((l) => new Set(l).size === l.length, 'List each factor once'),
  })
  .strict();
