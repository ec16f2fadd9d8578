import type { MessageKind } from './kinds';

type Draft = Record<string, unknown>;

// The same dotted-path reads and writes as the renderer's draft-path.ts, kept here so shared code stays
// independent of the renderer.
function getAt(draft: Draft, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Draft)[key] : undefined;
  return value;
}

function setAt(draft: Draft, path: string, value: unknown): Draft {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return { ...draft, [head]: value };
  const inner = draft[head];
  const child = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Draft) : {};
  return { ...draft, [head]: setAt(child, rest.join('.'), value) };
}

/** The Cognito messages of a pool: where each lives in UpdateUserPool, and what Cognito sends when it is unset. */
export type PoolMessageKind = Exclude<MessageKind, 'ses-template'>;

export interface PoolMessage {
  kind: PoolMessageKind;
  subjectPath?: string;
  bodyPath: string;
  /** Cognito's own text, as documented; used when the pool leaves the field unset. */
  defaultSubject?: string;
  defaultBody: string;
}

const V = 'VerificationMessageTemplate';
const I = 'AdminCreateUserConfig.InviteMessageTemplate';

export const POOL_MESSAGES: readonly PoolMessage[] = [
  {
    kind: 'verification-email-code',
    subjectPath: `${V}.EmailSubject`,
    bodyPath: `${V}.EmailMessage`,
    defaultSubject: 'Your verification code',
    defaultBody: 'Your verification code is {####}. ',
  },
  {
    kind: 'verification-email-link',
    subjectPath: `${V}.EmailSubjectByLink`,
    bodyPath: `${V}.EmailMessageByLink`,
    defaultSubject: 'Your verification link',
    defaultBody: 'Please click the link below to verify your email address. {##Verify Email##} ',
  },
  { kind: 'verification-sms', bodyPath: `${V}.SmsMessage`, defaultBody: 'Your verification code is {####}. ' },
  {
    kind: 'invitation-email',
    subjectPath: `${I}.EmailSubject`,
    bodyPath: `${I}.EmailMessage`,
    defaultSubject: 'Your temporary password',
    defaultBody: 'Your username is {username} and temporary password is {####}. ',
  },
  {
    kind: 'invitation-sms',
    bodyPath: `${I}.SMSMessage`,
    defaultBody: 'Your username is {username} and temporary password is {####}. ',
  },
  { kind: 'mfa-sms', bodyPath: 'SmsAuthenticationMessage', defaultBody: 'Your authentication code is {####}. ' },
];

export const messageOf = (kind: string | undefined): PoolMessage | undefined =>
  POOL_MESSAGES.find((m) => m.kind === kind);

const text = (settings: Draft, path: string | undefined): string | undefined => {
  const value = path ? getAt(settings, path) : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** The subject and body as Cognito would send them now: the pool's text, or the default where unset. */
export function currentText(settings: Draft, m: PoolMessage): { subject?: string; body: string } {
  return {
    subject: m.subjectPath ? (text(settings, m.subjectPath) ?? m.defaultSubject) : undefined,
    body: text(settings, m.bodyPath) ?? m.defaultBody,
  };
}

/** Customized when the pool holds text other than Cognito's default (an emulator may store the defaults). */
export function isCustomized(settings: Draft, m: PoolMessage): boolean {
  const now = currentText(settings, m);
  return now.body !== m.defaultBody || now.subject !== m.defaultSubject;
}

/** Settings with this message's defaults filled in, so the editor starts from the text Cognito sends. */
export function withDefaults(settings: Draft, m: PoolMessage): Draft {
  const now = currentText(settings, m);
  let out = setAt(settings, m.bodyPath, now.body);
  if (m.subjectPath) out = setAt(out, m.subjectPath, now.subject);
  return out;
}
