import { canonical } from '../../src/main/services/pool-settings';
import type { JsonValue, PoolEdit } from '../../src/shared/model/pool-config';

type Rng = () => number;
type Settings = Record<string, JsonValue>;

export interface SingleEdit {
  /** The one settings path the edit changes. */
  path: string;
  edit: PoolEdit;
  /** The value the path must hold afterwards (undefined: absent). */
  expected: JsonValue | undefined;
}

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

function at(settings: Settings, path: string): JsonValue | undefined {
  let value: JsonValue | undefined = settings;
  for (const key of path.split('.')) {
    value = value && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
  }
  return value;
}

/** Builds { A: { B: { C: value } } } from "A.B.C". */
function nest(path: string, value: unknown): PoolEdit {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as PoolEdit;
}

/** A different value from `current`, drawn by `draw` (retries a few times, then nudges). */
function differentFrom(current: JsonValue | undefined, draw: () => JsonValue): JsonValue {
  for (let i = 0; i < 20; i++) {
    const value = draw();
    if (canonical(value) !== canonical(current)) return value;
  }
  throw new Error(`could not draw a value different from ${JSON.stringify(current)}`);
}

const word = (rng: Rng): string => Math.floor(rng() * 1e9).toString(36);
const toggle = (current: JsonValue | undefined): boolean => current !== true;

/** Leaf generators: each returns a valid value for its path. */
const LEAVES: [path: string, draw: (rng: Rng, current: JsonValue | undefined) => JsonValue][] = [
  ['Policies.PasswordPolicy.MinimumLength', (r) => int(r, 6, 99)],
  ['Policies.PasswordPolicy.RequireUppercase', (_, c) => toggle(c)],
  ['Policies.PasswordPolicy.RequireLowercase', (_, c) => toggle(c)],
  ['Policies.PasswordPolicy.RequireNumbers', (_, c) => toggle(c)],
  ['Policies.PasswordPolicy.RequireSymbols', (_, c) => toggle(c)],
  ['Policies.PasswordPolicy.TemporaryPasswordValidityDays', (r) => int(r, 0, 365)],
  ['Policies.PasswordPolicy.PasswordHistorySize', (r) => int(r, 0, 24)],
  ['DeletionProtection', (_, c) => (c === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE')],
  ['MfaConfiguration', (r) => pick(r, ['OFF', 'ON', 'OPTIONAL'])],
  ['SmsAuthenticationMessage', (r) => `Sign-in code ${word(r)}: {####}`],
  ['AutoVerifiedAttributes', (r) => pick(r, [['email'], ['phone_number'], ['email', 'phone_number']])],
  [
    'UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate',
    (r) => pick(r, [['email'], ['phone_number'], ['email', 'phone_number']]),
  ],
  [
    'VerificationMessageTemplate.DefaultEmailOption',
    (_, c) => (c === 'CONFIRM_WITH_LINK' ? 'CONFIRM_WITH_CODE' : 'CONFIRM_WITH_LINK'),
  ],
  ['VerificationMessageTemplate.EmailSubject', (r) => `Verify ${word(r)}`],
  ['VerificationMessageTemplate.EmailMessage', (r) => `<p>Your code ${word(r)} is {####}</p>`],
  ['VerificationMessageTemplate.SmsMessage', (r) => `${word(r)} code {####}`],
  ['VerificationMessageTemplate.EmailSubjectByLink', (r) => `Confirm ${word(r)}`],
  ['VerificationMessageTemplate.EmailMessageByLink', (r) => `Please {##verify ${word(r)}##} now`],
  ['AdminCreateUserConfig.AllowAdminCreateUserOnly', (_, c) => toggle(c)],
  ['AdminCreateUserConfig.UnusedAccountValidityDays', (r) => int(r, 0, 365)],
  ['AdminCreateUserConfig.InviteMessageTemplate.EmailSubject', (r) => `Welcome ${word(r)}`],
  ['AdminCreateUserConfig.InviteMessageTemplate.EmailMessage', (r) => `Hi {username} ${word(r)}: {####}`],
  ['AdminCreateUserConfig.InviteMessageTemplate.SMSMessage', (r) => `{username} ${word(r)} {####}`],
  ['DeviceConfiguration.ChallengeRequiredOnNewDevice', (_, c) => toggle(c)],
  ['DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt', (_, c) => toggle(c)],
  [
    'AccountRecoverySetting.RecoveryMechanisms',
    (r) =>
      pick(r, [
        [{ Name: 'verified_email', Priority: 1 }],
        [{ Name: 'verified_phone_number', Priority: 1 }],
        [{ Name: 'admin_only', Priority: 1 }],
        [
          { Name: 'verified_email', Priority: 1 },
          { Name: 'verified_phone_number', Priority: 2 },
        ],
      ]),
  ],
  ['UserPoolAddOns.AdvancedSecurityMode', (r) => pick(r, ['OFF', 'AUDIT', 'ENFORCED'])],
  ['UserPoolTier', (r) => pick(r, ['LITE', 'ESSENTIALS', 'PLUS'])],
  ['LambdaConfig.PreSignUp', (r) => `arn:aws:lambda:sa-east-1:123456789012:function:pre-${word(r)}`],
  ['LambdaConfig.PostConfirmation', (r) => `arn:aws:lambda:sa-east-1:123456789012:function:post-${word(r)}:live`],
  // PoolName is left out on purpose: moto stores it without renaming the pool (an emulator quirk, AWS-FACTS.md).
];

/** One random edit of one field to a new valid value, plus tag edits (the tag map is replaced as a whole). */
export function randomEdit(rng: Rng, settings: Settings): SingleEdit {
  if (rng() < 0.1) return tagEdit(rng, settings);
  const trigger = at(settings, 'LambdaConfig.PreSignUp');
  // A set trigger is sometimes removed (null in the edit), so removal is exercised too.
  if (trigger !== undefined && rng() < 0.05) {
    return { path: 'LambdaConfig.PreSignUp', edit: { LambdaConfig: { PreSignUp: null } }, expected: undefined };
  }
  const [path, draw] = pick(rng, LEAVES);
  const current = at(settings, path);
  const value = differentFrom(current, () => draw(rng, current));
  return { path, edit: nest(path, value), expected: value };
}

function tagEdit(rng: Rng, settings: Settings): SingleEdit {
  const current = { ...((settings.UserPoolTags ?? {}) as Record<string, string>) };
  const keys = Object.keys(current);
  const key = keys.length > 0 && rng() < 0.3 ? pick(rng, keys) : `tag-${word(rng)}`;
  if (key in current && keys.length > 1 && rng() < 0.5) {
    delete current[key];
    return { path: `UserPoolTags.${key}`, edit: { UserPoolTags: current }, expected: undefined };
  }
  const value = `v-${word(rng)}`;
  return { path: `UserPoolTags.${key}`, edit: { UserPoolTags: { ...current, [key]: value } }, expected: value };
}
