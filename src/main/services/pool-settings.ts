import type { UpdateUserPoolCommandInput, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import type { ConfigChange, JsonValue } from '../../shared/model/pool-config';
import { labelOf } from '../../shared/model/pool-labels';

export type Settings = Record<string, JsonValue>;

/**
 * Every field UpdateUserPool takes. Typed against the SDK's input so that an SDK upgrade adding a field fails
 * typecheck here: a field we did not send would be reset to its default by AWS.
 */
const UPDATABLE: Record<Exclude<keyof UpdateUserPoolCommandInput, 'UserPoolId'>, true> = {
  Policies: true,
  DeletionProtection: true,
  LambdaConfig: true,
  AutoVerifiedAttributes: true,
  SmsVerificationMessage: true,
  EmailVerificationMessage: true,
  EmailVerificationSubject: true,
  VerificationMessageTemplate: true,
  SmsAuthenticationMessage: true,
  UserAttributeUpdateSettings: true,
  MfaConfiguration: true,
  DeviceConfiguration: true,
  EmailConfiguration: true,
  SmsConfiguration: true,
  UserPoolTags: true,
  AdminCreateUserConfig: true,
  UserPoolAddOns: true,
  AccountRecoverySetting: true,
  PoolName: true,
  UserPoolTier: true,
  KeyConfiguration: true,
  IssuerConfiguration: true,
};
export const UPDATABLE_FIELDS = Object.keys(UPDATABLE) as (keyof typeof UPDATABLE)[];

/**
 * What DescribeUserPool returns that UpdateUserPool must not receive: identity, timestamps, counts, the domain
 * (its own API) and the settings fixed at creation. A describe field in neither list is reported by a test.
 */
export const READ_ONLY_FIELDS = [
  'Id',
  'Name',
  'Arn',
  'Status',
  'CreationDate',
  'LastModifiedDate',
  'EstimatedNumberOfUsers',
  'Domain',
  'CustomDomain',
  'SchemaAttributes',
  'UsernameAttributes',
  'AliasAttributes',
  'UsernameConfiguration',
  'SmsConfigurationFailure',
  'EmailConfigurationFailure',
] as const satisfies readonly (keyof UserPoolType)[];

/** The deprecated top-level copies of VerificationMessageTemplate's texts; the template wins. */
const LEGACY_MESSAGES = [
  ['EmailVerificationMessage', 'EmailMessage'],
  ['EmailVerificationSubject', 'EmailSubject'],
  ['SmsVerificationMessage', 'SmsMessage'],
] as const;

/** Settings whose edit replaces the whole value (a removed tag must go), not a key-by-key merge. */
const REPLACED_WHOLE = new Set(['UserPoolTags']);

/** JSON with no empty containers, undefined or null, so "absent" and "empty" compare equal. */
export function toJson(value: unknown): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map(toJson).filter((v): v is JsonValue => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const json = toJson(inner);
      if (json !== undefined) out[key] = json;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

export function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The updatable part of a described pool, normalized. */
export function toSettings(pool: UserPoolType): Settings {
  const raw: Record<string, unknown> = {};
  for (const field of UPDATABLE_FIELDS) raw[field] = (pool as Record<string, unknown>)[field];
  raw.PoolName = pool.Name;
  const template: Record<string, unknown> = { ...(pool.VerificationMessageTemplate ?? {}) };
  for (const [legacy, modern] of LEGACY_MESSAGES) {
    template[modern] ??= raw[legacy];
    delete raw[legacy];
  }
  raw.VerificationMessageTemplate = template;
  const json = toJson(raw);
  return isObject(json) ? json : {};
}

/** Deep-merges an edit into settings: objects key by key, arrays and REPLACED_WHOLE fields as a whole. */
export function mergeEdit(settings: Settings, edit: object): Settings {
  const merged = merge(settings, edit as Record<string, unknown>, '');
  const json = toJson(merged);
  return isObject(json) ? json : {};
}

function merge(base: Record<string, unknown>, edit: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(edit)) {
    const current = out[key];
    const whole = REPLACED_WHOLE.has(path + key);
    out[key] = !whole && isObject(value) && isObject(current) ? merge(current, value, `${path}${key}.`) : value;
  }
  return out;
}

/** The full UpdateUserPool request for these settings. Settings hold exactly the input's JSON shape. */
export function toUpdateRequest(userPoolId: string, settings: Settings): UpdateUserPoolCommandInput {
  const fields: Record<string, unknown> = {};
  for (const field of UPDATABLE_FIELDS) {
    if (settings[field] !== undefined) fields[field] = settings[field];
  }
  return { ...(fields as Omit<UpdateUserPoolCommandInput, 'UserPoolId'>), UserPoolId: userPoolId };
}

/** Key-sorted JSON, with lists of plain values sorted, so equal settings give equal text. */
export function canonical(value: JsonValue | undefined): string {
  return JSON.stringify(sortDeep(value)) ?? 'undefined';
}

function sortDeep(value: JsonValue | undefined): JsonValue | undefined {
  if (Array.isArray(value)) {
    const items = value.map((v) => sortDeep(v) as JsonValue);
    return items.every((v) => typeof v !== 'object') ? [...items].sort() : items;
  }
  if (isObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortDeep(value[k]) as JsonValue]),
    );
  }
  return value;
}

/** Leaf paths of settings: objects are walked, lists are one value. */
export function flatten(settings: Settings, prefix = ''): Map<string, JsonValue> {
  const out = new Map<string, JsonValue>();
  for (const [key, value] of Object.entries(settings)) {
    const path = prefix + key;
    if (isObject(value)) for (const [p, v] of flatten(value, `${path}.`)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

/** Field-by-field changes from `before` to `after`, in the order the fields appear. */
export function diffSettings(before: Settings, after: Settings, label = labelOf): ConfigChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((path) => canonical(a.get(path)) !== canonical(b.get(path)))
    .map((path) => ({ path, label: label(path), before: a.get(path), after: b.get(path) }));
}
