/**
 * The messages Cognito sends and the rules AWS documents for each (see ../shared/AWS-FACTS.md): which placeholders
 * must appear, which are known at all, and the length limits. The lint and the editor both read this one table.
 */
export type MessageKind =
  | 'verification-email-code'
  | 'verification-email-link'
  | 'verification-sms'
  | 'invitation-email'
  | 'invitation-sms'
  | 'mfa-sms'
  | 'ses-template';

export interface KindRules {
  label: string;
  channel: 'email' | 'sms';
  /** Where Cognito uses the message, shown in the list. */
  usedFor: string;
  subjectMax?: number;
  bodyMin: number;
  bodyMax: number;
  /** Literal placeholders the body must contain. */
  required: readonly string[];
  /** `{##text##}` must appear (link verification). */
  requiresLink?: boolean;
  /** Single-brace placeholders Cognito fills in for this message. */
  known: readonly string[];
}

export const CODE = '{####}';
export const USERNAME = '{username}';
export const SAMPLE_LINK = '{##Verify email##}';

export const KINDS: Record<MessageKind, KindRules> = {
  'verification-email-code': {
    label: 'Verification email (code)',
    channel: 'email',
    usedFor: 'Sign-up and email changes when verification is by code',
    subjectMax: 140,
    bodyMin: 6,
    bodyMax: 20_000,
    required: [CODE],
    known: [CODE],
  },
  'verification-email-link': {
    label: 'Verification email (link)',
    channel: 'email',
    usedFor: 'Sign-up and email changes when verification is by link',
    subjectMax: 140,
    bodyMin: 6,
    bodyMax: 20_000,
    required: [],
    requiresLink: true,
    known: [],
  },
  'verification-sms': {
    label: 'Verification SMS',
    channel: 'sms',
    usedFor: 'Phone number verification at sign-up and on change',
    bodyMin: 6,
    bodyMax: 140,
    required: [CODE],
    known: [CODE],
  },
  'invitation-email': {
    label: 'Invitation email',
    channel: 'email',
    usedFor: 'Users created by an administrator (temporary password)',
    subjectMax: 140,
    bodyMin: 1,
    bodyMax: 20_000,
    required: [USERNAME, CODE],
    known: [USERNAME, CODE],
  },
  'invitation-sms': {
    label: 'Invitation SMS',
    channel: 'sms',
    usedFor: 'Users created by an administrator, by phone',
    bodyMin: 1,
    bodyMax: 140,
    required: [USERNAME, CODE],
    known: [USERNAME, CODE],
  },
  'mfa-sms': {
    label: 'MFA SMS',
    channel: 'sms',
    usedFor: 'Sign-in codes for SMS multi-factor authentication',
    bodyMin: 6,
    bodyMax: 140,
    required: [CODE],
    known: [CODE],
  },
  'ses-template': {
    label: 'SES email template',
    channel: 'email',
    usedFor: 'Emails sent with SES SendEmail and template data',
    bodyMin: 0,
    bodyMax: 500_000,
    required: [],
    known: [],
  },
};
