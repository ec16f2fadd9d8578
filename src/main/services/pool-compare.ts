import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { GroupSummary } from '../../shared/model/groups';
import type { AppClientConfig } from '../../shared/model/pool-clients';
import type { PoolCompare, PoolSide } from '../../shared/model/pool-compare';
import type { PoolConfig, SchemaAttribute } from '../../shared/model/pool-config';
import { clientLabelOf, labelOf } from '../../shared/model/pool-labels';
import { withStandardDefaults } from '../../shared/model/standard-attributes';
import { listGroups } from './groups';
import { describeAppClient, listAppClients } from './pool-clients';
import { describePoolConfig } from './pool-config';
import type { Settings } from './pool-settings';
import { diffSettings, flatten, toJson } from './pool-settings';

/** Which section of the editor each updatable setting belongs to, so the diff reads like the pool's tabs. */
const SECTION_OF: Record<string, string> = {
  PoolName: 'General',
  UserPoolTier: 'General',
  Policies: 'Password and sign-up',
  AdminCreateUserConfig: 'Password and sign-up',
  MfaConfiguration: 'MFA and verification',
  SmsAuthenticationMessage: 'MFA and verification',
  AutoVerifiedAttributes: 'MFA and verification',
  UserAttributeUpdateSettings: 'MFA and verification',
  DeviceConfiguration: 'MFA and verification',
  AccountRecoverySetting: 'MFA and verification',
  UserPoolAddOns: 'Threat protection',
  VerificationMessageTemplate: 'Messaging',
  EmailConfiguration: 'Messaging',
  SmsConfiguration: 'Messaging',
  LambdaConfig: 'Triggers',
  DeletionProtection: 'Tags and protection',
  UserPoolTags: 'Tags and protection',
};
const SECTIONS = [
  'General',
  'Sign-in (fixed at creation)',
  'Attributes',
  'Password and sign-up',
  'MFA and verification',
  'Threat protection',
  'Messaging',
  'Triggers',
  'Tags and protection',
  'App clients',
  'Groups',
  'Other settings',
];

export interface CompareSide extends PoolSide {
  idp: CognitoIdentityProviderClient;
}

/** One attribute as one comparable line, so an added attribute is one row, not five. */
function describeAttribute(a: SchemaAttribute): string {
  const range = (lo?: string, hi?: string) =>
    lo === undefined && hi === undefined ? [] : [`${lo ?? ''}..${hi ?? ''}`];
  return [
    a.dataType ?? 'String',
    a.required ? 'required' : 'optional',
    a.mutable ? 'mutable' : 'immutable',
    ...(a.developerOnly ? ['developer only'] : []),
    ...range(a.minLength, a.maxLength),
    ...range(a.minValue, a.maxValue),
  ].join(', ');
}

/** A pool and its app clients as one tree keyed by section, without ids or timestamps. */
export function comparable(config: PoolConfig, clients: AppClientConfig[], groups: GroupSummary[] = []): Settings {
  const tree: Record<string, Record<string, unknown>> = {};
  const put = (section: string, key: string, value: unknown) => {
    (tree[section] ??= {})[key] = value;
  };
  for (const [key, value] of Object.entries(config.settings)) put(SECTION_OF[key] ?? 'Other settings', key, value);
  put('Sign-in (fixed at creation)', 'UsernameAttributes', config.fixed.usernameAttributes);
  put('Sign-in (fixed at creation)', 'AliasAttributes', config.fixed.aliasAttributes);
  put('Sign-in (fixed at creation)', 'CaseSensitive', config.fixed.caseSensitive);
  // What Cognito guarantees, not what the describe happened to list: an unlisted standard attribute is its default.
  for (const attribute of withStandardDefaults(config.fixed.schema)) {
    put('Attributes', attribute.name, describeAttribute(attribute));
  }
  for (const client of clients) put('App clients', client.name, client.settings);
  // Groups by name, with what decides a member's tokens and role; timestamps are not compared.
  for (const g of groups) {
    put('Groups', g.name, {
      Description: g.description,
      Precedence: g.precedence,
      RoleArn: g.roleArn,
      GroupName: g.name,
    });
  }
  const json = toJson(tree);
  return json && typeof json === 'object' && !Array.isArray(json) ? json : {};
}

const FIXED_LABELS: Record<string, string> = {
  UsernameAttributes: 'Email or phone as the username',
  AliasAttributes: 'Sign-in aliases',
  CaseSensitive: 'Case-sensitive usernames',
};

/** A client or group present on one side only is one row ("only in this pool"), not one row per setting. */
function collapseLoneEntries(a: Settings, b: Settings): void {
  for (const section of ['App clients', 'Groups']) {
    const entries = (t: Settings) => (t[section] ?? {}) as Record<string, unknown>;
    for (const [mine, theirs] of [
      [entries(a), entries(b)],
      [entries(b), entries(a)],
    ] as const) {
      for (const name of Object.keys(mine)) if (!(name in theirs)) mine[name] = 'only in this pool';
    }
  }
}

const GROUP_LABELS: Record<string, string> = {
  Description: 'description',
  Precedence: 'precedence',
  RoleArn: 'IAM role ARN',
};

function labelFor(path: string): string {
  const [section = '', ...rest] = path.split('.');
  const inner = rest.join('.');
  if (section === 'App clients') {
    const [client = '', ...field] = rest;
    return field.length === 0 ? `App client ${client}` : `${client}: ${clientLabelOf(field.join('.'))}`;
  }
  if (section === 'Groups') {
    const [group = '', ...field] = rest;
    return field.length === 0 ? `Group ${group}` : `${group}: ${GROUP_LABELS[field.join('.')] ?? field.join('.')}`;
  }
  if (section === 'Attributes') return inner;
  if (section === 'Sign-in (fixed at creation)') return FIXED_LABELS[inner] ?? inner;
  return labelOf(inner);
}

async function load(side: CompareSide): Promise<{ config: PoolConfig; tree: Settings }> {
  const config = await describePoolConfig(side.idp, side.userPoolId);
  const summaries = await listAppClients(side.idp, side.userPoolId);
  const clients: AppClientConfig[] = [];
  // One at a time: DescribeUserPoolClient shares the 15 rps UserPoolRead quota with everything else.
  for (const s of summaries) clients.push(await describeAppClient(side.idp, side.userPoolId, s.clientId));
  const groups = await listGroups(side.idp, side.userPoolId);
  return { config, tree: comparable(config, clients, groups) };
}

/** A section-grouped diff of two pools' normalized configurations, possibly in different accounts or regions. */
export async function comparePools(left: CompareSide, right: CompareSide): Promise<PoolCompare> {
  const [a, b] = await Promise.all([load(left), load(right)]);
  collapseLoneEntries(a.tree, b.tree);
  const rows = diffSettings(a.tree, b.tree, labelFor).map((c) => ({
    section: c.path.split('.')[0] ?? '',
    path: c.path,
    label: c.label,
    left: c.before,
    right: c.after,
  }));
  const order = (s: string) => (SECTIONS.includes(s) ? SECTIONS.indexOf(s) : SECTIONS.length);
  rows.sort((x, y) => order(x.section) - order(y.section));
  const side = (s: CompareSide, config: PoolConfig) => ({
    profile: s.profile,
    region: s.region,
    userPoolId: s.userPoolId,
    name: config.name,
  });
  return {
    left: side(left, a.config),
    right: side(right, b.config),
    differences: rows,
    compared: new Set([...flatten(a.tree).keys(), ...flatten(b.tree).keys()]).size,
  };
}
