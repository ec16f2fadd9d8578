import type { ChannelName } from '../../../../src/shared/ipc/channels';
import type { ChannelSpec, FieldSpec } from './fuzz-specs';

// Values only (no imports of values from fuzz-specs): that module spreads this one while it is still loading.
const HUGE = 'x'.repeat(200_000);
const ref = { profile: 'default', region: 'eu-west-1' } as const;
const pool = { ...ref, userPoolId: 'eu-west-1_AbC123xyz' } as const;
const user = { ...pool, username: 'alice' } as const;
const JOB_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

const profile: FieldSpec = { type: 'string', required: true, bad: ['', 'p'.repeat(129), 'line\nbreak', HUGE] };
const region: FieldSpec = { type: 'string', required: true, bad: ['', 'US-EAST-1', 'moon-base-1', HUGE] };
const userPoolId: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'nounderscore', 'eu-west-1_', '_abc', 'eu-west-1_abc!', 'eu-west-1_abc\n', '../x_y', HUGE],
};
const NAME_BAD = ['', 'two words', 'tab\there', 'line\nbreak', 'nul\u0000', 'n'.repeat(129), HUGE];
const username: FieldSpec = { type: 'string', required: true, bad: NAME_BAD };
const groupName: FieldSpec = { type: 'string', required: true, bad: NAME_BAD };
const poolFields = { profile, region, userPoolId };
const userFields = { ...poolFields, username };
const uuid = (required: boolean): FieldSpec => ({
  type: 'string',
  required,
  bad: ['', 'not-a-uuid', `${JOB_ID} `, '3b241101e2bb42558caf4136c566a962', HUGE],
});
/** Refused for its own faults, and also for naming a second target beside the valid request's usernames. */
const indexSelection: FieldSpec = {
  type: 'object',
  required: false,
  bad: [
    { search: 's'.repeat(257) },
    { filters: [{ field: 'email', op: 'like', value: 'x' }] },
    { search: 'ann', offset: 0 },
    { search: 'ann', sort: { field: 'username', direction: 'asc' } },
    { search: 'ann' },
  ],
};

const filter: FieldSpec = {
  type: 'object',
  required: false,
  bad: [
    { attribute: 'custom:dept', operator: '=', value: 'x' },
    { attribute: 'email', operator: 'contains', value: 'x' },
    { attribute: 'email', operator: '=', value: 'v'.repeat(257) },
    { attribute: 'email', operator: '=', value: 'x', extra: 1 },
    { attribute: 'email', operator: '=' },
  ],
};
const attributes: FieldSpec = {
  type: 'object',
  required: true,
  bad: [
    { '': 'x' },
    { 'two words': 'x' },
    { nickname2: 'x' },
    { 'custom:': 'x' },
    { email: 'x'.repeat(2049) },
    { email: 1 },
    { email: null },
    Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`custom:a${i}`, 'x'])),
  ],
};
const password = (required: boolean): FieldSpec => ({ type: 'string', required, bad: ['', 'p'.repeat(257), HUGE] });
const usernames: FieldSpec = { type: 'array', required: false, bad: [[], ['two words'], [''], [HUGE], [1]] };
const attributeName: FieldSpec = { type: 'string', required: false, bad: ['', 'nickname2', 'custom:', HUGE] };
const attributeValue: FieldSpec = { type: 'string', required: false, bad: ['v'.repeat(2049), HUGE] };
const description = (nullable: boolean): FieldSpec => ({
  type: 'string',
  required: false,
  nullable,
  bad: ['d'.repeat(2049), HUGE],
});
const precedence = (nullable: boolean): FieldSpec => ({
  type: 'number',
  required: false,
  nullable,
  bad: [-1, 1.5, 2 ** 31, Number.NaN, Number.POSITIVE_INFINITY],
});
const roleArn = (nullable: boolean): FieldSpec => ({
  type: 'string',
  required: false,
  nullable,
  bad: ['', 'not-an-arn', 'arn:aws:iam::1:role/x', 'arn:aws:iam::123456789012:user/x', HUGE],
});

/** Display fields every job start may carry: the window's label and the pool's name. */
const jobDisplay: Record<string, FieldSpec> = {
  label: { type: 'string', required: false, bad: ['', 'l'.repeat(201), HUGE] },
  poolName: { type: 'string', required: false, bad: ['', 'p'.repeat(129), HUGE] },
};

type Area = Extract<ChannelName, `users:${string}` | `groups:${string}` | `jobs:${string}` | `userIndex:${string}`>;

/** Issue 5's channels: one valid request each and what each field refuses. */
export const USERS_GROUPS_JOBS_SPECS: { [C in Area]: ChannelSpec<C> } = {
  'users:load': {
    valid: { ...pool, filter: { attribute: 'email', operator: '^=', value: 'a' } },
    fields: { ...poolFields, filter },
  },
  'users:load-cancel': { valid: { loadId: JOB_ID }, fields: { loadId: uuid(true) } },
  'users:get': { valid: user, fields: userFields },
  'users:create': {
    valid: {
      ...user,
      attributes: { email: 'a@example.com', email_verified: 'true', 'custom:dept': 'x' },
      temporaryPassword: 'Passw0rd!',
      messageAction: 'SUPPRESS',
      deliveryMediums: ['EMAIL'],
    },
    fields: {
      ...userFields,
      attributes,
      temporaryPassword: password(false),
      messageAction: { type: 'string', required: false, bad: ['', 'suppress', 'SEND'] },
      deliveryMediums: { type: 'array', required: false, bad: [['FAX'], ['email'], ['EMAIL', 'SMS', 'EMAIL']] },
    },
  },
  'users:update-attributes': {
    valid: { ...user, attributes: { name: 'Alice' }, deleteAttributes: ['custom:dept'] },
    fields: {
      ...userFields,
      attributes,
      deleteAttributes: { type: 'array', required: false, bad: [['two words'], [''], Array(101).fill('name')] },
    },
  },
  'users:action': {
    valid: { ...user, action: 'disable' },
    fields: { ...userFields, action: { type: 'string', required: true, bad: ['', 'Disable', 'nuke', HUGE] } },
  },
  'users:set-password': {
    valid: { ...user, password: 'Passw0rd!', permanent: true },
    fields: { ...userFields, password: password(true), permanent: { type: 'boolean', required: true, bad: [] } },
  },
  'users:add-to-group': { valid: { ...user, groupName: 'admins' }, fields: { ...userFields, groupName } },
  'users:remove-from-group': { valid: { ...user, groupName: 'admins' }, fields: { ...userFields, groupName } },
  'users:mfa': {
    valid: { ...pool, usernames: ['ann', 'bob'] },
    fields: {
      ...poolFields,
      usernames: { type: 'array', required: true, bad: [[], [''], ['has space'], Array(101).fill('u'), [HUGE]] },
    },
  },
  'users:set-mfa': {
    valid: { ...user, mfa: { sms: { enabled: true, preferred: true }, totp: { enabled: false, preferred: false } } },
    fields: {
      ...userFields,
      mfa: {
        type: 'object',
        required: true,
        bad: [
          {},
          { sms: { enabled: false, preferred: true } },
          { sms: { enabled: true, preferred: true }, email: { enabled: true, preferred: true } },
          { voice: { enabled: true, preferred: false } },
        ],
      },
    },
  },
  'users:import-header': { valid: pool, fields: poolFields },
  'users:import-check': {
    valid: { ...pool, csv: 'cognito:username,cognito:mfa_enabled\nann,false\n' },
    fields: { ...poolFields, csv: { type: 'string', required: true, bad: [''] } },
  },
  'groups:list': { valid: pool, fields: poolFields },
  'groups:members': { valid: { ...pool, groupName: 'admins' }, fields: { ...poolFields, groupName } },
  'groups:create': {
    valid: {
      ...pool,
      groupName: 'admins',
      description: 'd',
      precedence: 1,
      roleArn: 'arn:aws:iam::123456789012:role/A',
    },
    fields: {
      ...poolFields,
      groupName,
      description: description(false),
      precedence: precedence(false),
      roleArn: roleArn(false),
    },
  },
  'groups:update': {
    valid: { ...pool, groupName: 'admins', description: null, precedence: 2, roleArn: null },
    fields: {
      ...poolFields,
      groupName,
      description: description(true),
      precedence: precedence(true),
      roleArn: roleArn(true),
    },
  },
  'groups:delete': { valid: { ...pool, groupName: 'admins' }, fields: { ...poolFields, groupName } },
  'jobs:start-bulk': {
    valid: { ...pool, action: 'add-to-group', usernames: ['alice', 'bob'], groupName: 'admins', poolName: 'my-pool' },
    fields: {
      ...poolFields,
      ...jobDisplay,
      action: { type: 'string', required: true, bad: ['', 'purge', HUGE] },
      usernames,
      filter,
      indexSelection,
      groupName: { ...groupName, required: false },
      attributeName,
      attributeValue,
    },
  },
  'jobs:start-export': {
    valid: {
      ...pool,
      format: 'csv',
      groups: true,
      bom: true,
      usernames: ['alice'],
      sequential: false,
      label: 'Export',
    },
    fields: {
      ...poolFields,
      ...jobDisplay,
      format: { type: 'string', required: true, bad: ['', 'xlsx', 'CSV', HUGE] },
      groups: { type: 'boolean', required: false, bad: [] },
      bom: { type: 'boolean', required: false, bad: [] },
      filter,
      usernames,
      indexSelection,
      sequential: { type: 'boolean', required: false, bad: [] },
    },
  },
  'jobs:start-import': {
    valid: {
      ...pool,
      jobName: 'import 1',
      cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CognitoImport',
      csv: 'cognito:username,cognito:mfa_enabled\nann,false\n',
    },
    fields: {
      ...poolFields,
      ...jobDisplay,
      jobName: { type: 'string', required: true, bad: ['', 'n'.repeat(129), 'semi;colon', 'line\nbreak', HUGE] },
      cloudWatchLogsRoleArn: { type: 'string', required: true, bad: ['', 'not-an-arn', HUGE] },
      csv: { type: 'string', required: true, bad: [''] },
    },
  },
  'jobs:list': { valid: {}, fields: {} },
  'jobs:get': { valid: { jobId: JOB_ID }, fields: { jobId: uuid(true) } },
  'jobs:cancel': { valid: { jobId: JOB_ID }, fields: { jobId: uuid(true) } },
  'jobs:retry-failures': { valid: { jobId: JOB_ID }, fields: { jobId: uuid(true) } },
  'jobs:resume-export': { valid: { jobId: JOB_ID }, fields: { jobId: uuid(true) } },
  'userIndex:status': { valid: pool, fields: poolFields },
  'userIndex:sync': { valid: pool, fields: poolFields },
  'userIndex:query': {
    valid: {
      ...pool,
      query: {
        search: 'ann',
        filters: [{ field: 'custom:dept', op: 'contains', value: 'sales' }],
        sort: { field: 'createdAt', direction: 'desc' },
        offset: 100,
        limit: 100,
      },
    },
    fields: {
      ...poolFields,
      query: {
        type: 'object',
        required: true,
        bad: [
          { search: 's'.repeat(257) },
          { limit: 0 },
          { limit: 1001 },
          { offset: -1 },
          { offset: 1.5 },
          { sort: { field: 'custom:"x', direction: 'asc' } },
          { sort: { field: 'username', direction: 'up' } },
          { filters: [{ field: 'email', op: 'like', value: 'x' }] },
          { filters: [{ field: 'two words', op: 'equals', value: 'x' }] },
          { filters: Array.from({ length: 21 }, () => ({ field: 'email', op: 'equals', value: 'x' })) },
          { extra: true },
        ],
      },
    },
  },
  'userIndex:count': {
    valid: { ...pool, selection: { search: 'ann', filters: [{ field: 'email', op: 'startsWith', value: 'a' }] } },
    fields: {
      ...poolFields,
      selection: {
        type: 'object',
        required: true,
        bad: [{ search: 's'.repeat(257) }, { limit: 10 }, { filters: [{ field: 'a"b', op: 'equals', value: 'x' }] }],
      },
    },
  },
};
