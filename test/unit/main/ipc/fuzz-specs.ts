import type { ChannelName, RequestOf } from '../../../../src/shared/ipc/channels';
import { USERS_GROUPS_JOBS_SPECS } from './fuzz-specs-users';
import { IDENTITY_POOL_SPECS } from './fuzz-specs-identity-pools';

/** A small seeded PRNG (mulberry32): the same seed gives the same 10,000 requests on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
};

export const HUGE = 'x'.repeat(200_000);
const HUGE_UNICODE = '\u{1F600}'.repeat(50_000);

/** A field's JS type decides which generic wrong values are wrong for it (null is fine for a nullable field). */
export interface FieldSpec {
  type: 'string' | 'boolean' | 'number' | 'array' | 'object';
  required: boolean;
  nullable?: boolean;
  /** Values of the right type that the schema must still refuse. */
  bad: readonly unknown[];
}

export interface ChannelSpec<C extends ChannelName> {
  valid: RequestOf<C>;
  fields: Record<string, FieldSpec>;
}

export const BAD_PROFILES = [
  '',
  'p'.repeat(129),
  HUGE,
  'line\nbreak',
  'tab\there',
  'semi;colon',
  'quote"d',
  'prófile',
  'emoji\u{1F600}',
  'nul\u0000byte',
  'back\\slash',
  '$(whoami)',
  '`id`',
  '<script>alert(1)</script>',
  HUGE_UNICODE,
] as const;

export const BAD_REGIONS = [
  '',
  'us-east-1 ',
  ' us-east-1',
  'US-EAST-1',
  'useast1',
  'us-east-',
  'us-east-100',
  'moon-base-1',
  'us-east-1\n',
  'eu-west-1;rm -rf /',
  'r'.repeat(10_000),
  HUGE,
  '../../etc/passwd',
] as const;

const profile: FieldSpec = { type: 'string', required: true, bad: BAD_PROFILES };
const region: FieldSpec = { type: 'string', required: true, bad: BAD_REGIONS };
const ref = { profile: 'default', region: 'eu-west-1' } as const;

const IDENTITY_POOL = 'eu-west-1:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const identityPoolId: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'eu-west-1_AbC123', 'not an id', `eu-west-1:${'a'.repeat(60)}`, 'eu-west-1:XYZ'],
};

const userPoolId: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'nounderscore', 'eu-west-1_', '_abc', 'eu-west-1_abc!', 'a b_c', 'eu-west-1_abc\n', '../x_y'],
};
const pool = { ...ref, userPoolId: 'eu-west-1_AbC123xyz' } as const;
const sesIdentity: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'no-dot', 'a@', '@example.com', 'exa mple.com', 'example.com;rm', '-bad-.com', HUGE],
};
const poolEditValid = { ...pool, edit: { Policies: { PasswordPolicy: { MinimumLength: 12 } } } };
const poolEditFields: Record<string, FieldSpec> = {
  profile,
  region,
  userPoolId,
  edit: {
    type: 'object',
    required: true,
    bad: [
      {},
      { Id: 'eu-west-1_x' },
      { SchemaAttributes: [] },
      { UsernameAttributes: ['email'] },
      { Policies: { PasswordPolicy: { MinimumLength: 5 } } },
      { Policies: { PasswordPolicy: { MinimumLength: 100 } } },
      { Policies: { PasswordPolicy: { MinimumLength: 8.5 } } },
      { Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 366 } } },
      { Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: -1 } } },
      { MfaConfiguration: 'MAYBE' },
      { SmsAuthenticationMessage: 'no placeholder here' },
      { VerificationMessageTemplate: { EmailMessage: 'no code' } },
      { AdminCreateUserConfig: { InviteMessageTemplate: { SMSMessage: '{####} only' } } },
      { UserPoolTags: { 'aws:reserved': 'x' } },
      { DeletionProtection: 'active' },
    ],
  },
  expected: {
    type: 'object',
    required: false,
    bad: [{ fingerprint: 'abc' }, { fingerprint: 'A'.repeat(64) }, { lastModifiedAt: '2024-01-01T00:00:00Z' }],
  },
};

const clientId: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'has space', 'semi;colon', '../x', 'c'.repeat(129), 'id\n'],
};
const client = { ...pool, clientId: '1example23456789' } as const;
const optionalClientId: FieldSpec = { ...clientId, required: false };
const clientEditValid = {
  ...client,
  edit: { CallbackURLs: ['https://app.example.com/cb', 'http://localhost:3000/cb'] },
};
const clientEditFields: Record<string, FieldSpec> = {
  profile,
  region,
  userPoolId,
  clientId,
  edit: {
    type: 'object',
    required: true,
    bad: [
      {},
      { ClientId: 'x' },
      { ClientSecret: 'x' },
      { CallbackURLs: ['http://app.example.com/cb'] },
      { LogoutURLs: ['https://app.example.com/#frag'] },
      { IdTokenValidity: 2, TokenValidityUnits: { IdToken: 'days' } },
      { RefreshTokenValidity: 30, TokenValidityUnits: { RefreshToken: 'minutes' } },
      { AuthSessionValidity: 16 },
      { AllowedOAuthFlows: ['password'] },
      { PreventUserExistenceErrors: 'enabled' },
    ],
  },
  expected: poolEditFields.expected as FieldSpec,
};

const exportValid = {
  format: 'cognito-console/pool-export@1' as const,
  pool: { PoolName: 'p' },
  clients: [{ ClientName: 'web' }],
  groups: [{ GroupName: 'admins' }],
};

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const certificateArn: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', CERT.replace('us-east-1', 'eu-west-1'), CERT.replace(':acm:', ':iam:'), 'arn:aws:acm', HUGE],
};
const prefix: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'My-App', '-app', 'app-', 'my_app', 'my.app', 'my-aws-app', 'cognito', 'a'.repeat(64), 'app\n'],
};

const sesTemplateName: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', 'a b', 'x'.repeat(65), 'naïve', 'semi;colon', '../etc', HUGE],
};
const sesTemplateData: FieldSpec = {
  type: 'string',
  required: true,
  bad: ['', '{', '[]', 'null', '"Ada"', '42', `{"x":"${'x'.repeat(262_144)}"}`],
};
const sesTemplate = { name: 'welcome', subject: 'Hi {{name}}', html: '<p>Hi {{name}}</p>', text: 'Hi {{name}}' };
const sesTemplateField: FieldSpec = {
  type: 'object',
  required: true,
  bad: [
    {},
    { ...sesTemplate, name: 'a b' },
    { ...sesTemplate, subject: '' },
    { ...sesTemplate, html: '', text: '' },
    { ...sesTemplate, html: HUGE, text: HUGE, subject: HUGE },
    { ...sesTemplate, extra: true },
  ],
};

/** One valid request per channel and what each field refuses. Typed so that a new channel without a spec fails typecheck. */
export const SPECS: { [C in ChannelName]: ChannelSpec<C> } = {
  'app:info': { valid: {}, fields: {} },
  'settings:get': { valid: {}, fields: {} },
  'settings:update': {
    valid: {
      theme: 'dark',
      lastProfile: 'default',
      lastRegion: 'eu-west-1',
      rateLimits: { UserUpdate: 10 },
      indexSyncShare: 0.5,
    },
    fields: {
      theme: { type: 'string', required: false, bad: ['purple', '', 'DARK', 'dark ', HUGE] },
      lastProfile: { type: 'string', required: false, bad: BAD_PROFILES },
      lastRegion: { type: 'string', required: false, bad: ['r'.repeat(33), HUGE] },
      rateLimits: {
        type: 'object',
        required: false,
        bad: [{ UserList: 31 }, { UserUpdate: 0 }, { UserRead: 1.5 }, { Everything: 5 }, { UserList: '10' }],
      },
      indexSyncShare: { type: 'number', required: false, bad: [0, 0.05, 1.01, -0.5, Number.NaN] },
    },
  },
  'settings:set-read-only': {
    valid: { profile: 'default', readOnly: true },
    fields: { profile, readOnly: { type: 'boolean', required: true, bad: [] } },
  },
  'profiles:list': { valid: {}, fields: {} },
  'profiles:connect': { valid: ref, fields: { profile, region } },
  'credentials:mfa-answer': {
    valid: { promptId: '3b241101-e2bb-4255-8caf-4136c566a962', code: '123456' },
    fields: {
      promptId: {
        type: 'string',
        required: true,
        bad: [
          '',
          'not-a-uuid',
          '3b241101e2bb42558caf4136c566a962',
          '3b241101-e2bb-4255-8caf-4136c566a962 ',
          '{3b241101-e2bb-4255-8caf-4136c566a962}',
          HUGE,
        ],
      },
      code: {
        type: 'string',
        required: true,
        nullable: true,
        bad: [
          '',
          '12345',
          '1234567',
          'abcdef',
          '12345\n',
          ' 123456',
          '\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16',
          '123 456',
          HUGE,
        ],
      },
    },
  },
  'sandbox:status': { valid: {}, fields: {} },
  'sandbox:install-moto': { valid: {}, fields: {} },
  'userPools:list': { valid: ref, fields: { profile, region } },
  'ses:account': { valid: ref, fields: { profile, region } },
  'ses:identities': { valid: ref, fields: { profile, region } },
  'ses:configuration-sets': { valid: ref, fields: { profile, region } },
  'ses:identity': { valid: { ...ref, identity: 'example.com' }, fields: { profile, region, identity: sesIdentity } },
  'ses:create-identity': {
    valid: { ...ref, identity: 'no-reply@example.com' },
    fields: { profile, region, identity: sesIdentity },
  },
  'ses:delete-identity': {
    valid: { ...ref, identity: 'example.com', confirmName: 'example.com' },
    fields: { profile, region, identity: sesIdentity, confirmName: { type: 'string', required: true, bad: [''] } },
  },
  'ses:create-configuration-set': {
    valid: {
      ...ref,
      set: {
        name: 'tx',
        sendingEnabled: true,
        reputationMetricsEnabled: false,
        suppressedReasons: [],
        tlsPolicy: 'REQUIRE',
      },
    },
    fields: {
      profile,
      region,
      set: {
        type: 'object',
        required: true,
        bad: [
          {},
          {
            name: 'a b',
            sendingEnabled: true,
            reputationMetricsEnabled: true,
            suppressedReasons: [],
            tlsPolicy: 'REQUIRE',
          },
          {
            name: 'ok',
            sendingEnabled: true,
            reputationMetricsEnabled: true,
            suppressedReasons: ['SPAM'],
            tlsPolicy: 'REQUIRE',
          },
          {
            name: 'ok',
            sendingEnabled: true,
            reputationMetricsEnabled: true,
            suppressedReasons: [],
            tlsPolicy: 'MAYBE',
          },
        ],
      },
    },
  },
  'ses:delete-configuration-set': {
    valid: { ...ref, name: 'tx', confirmName: 'tx' },
    fields: {
      profile,
      region,
      name: { type: 'string', required: true, bad: ['', 'a b', 'x'.repeat(65), 'semi;colon'] },
      confirmName: { type: 'string', required: true, bad: [''] },
    },
  },
  'ses:configuration-set-uses': { valid: ref, fields: { profile, region } },
  'sesTemplates:list': { valid: ref, fields: { profile, region } },
  'sesTemplates:get': { valid: { ...ref, name: 'welcome' }, fields: { profile, region, name: sesTemplateName } },
  'sesTemplates:create': {
    valid: { ...ref, template: sesTemplate },
    fields: { profile, region, template: sesTemplateField },
  },
  'sesTemplates:update': {
    valid: { ...ref, template: sesTemplate },
    fields: { profile, region, template: sesTemplateField },
  },
  'sesTemplates:delete': {
    valid: { ...ref, name: 'welcome', confirmName: 'welcome' },
    fields: {
      profile,
      region,
      name: sesTemplateName,
      confirmName: { type: 'string', required: true, bad: ['', 'x'.repeat(65)] },
    },
  },
  'sesTemplates:render': {
    valid: { ...ref, name: 'welcome', data: '{"name": "Ada"}' },
    fields: { profile, region, name: sesTemplateName, data: sesTemplateData },
  },
  'sesTemplates:send': {
    valid: { ...ref, send: { name: 'welcome', from: 'no-reply@example.com', to: 'ada@example.com', data: '{}' } },
    fields: {
      profile,
      region,
      send: {
        type: 'object',
        required: true,
        bad: [
          {},
          { name: 'welcome', from: 'not-an-address', to: 'ada@example.com', data: '{}' },
          { name: 'welcome', from: 'no-reply@example.com', to: 'a@x.com, b@x.com', data: '{}' },
          { name: 'a b', from: 'no-reply@example.com', to: 'ada@example.com', data: '{}' },
          { name: 'welcome', from: 'no-reply@example.com', to: 'ada@example.com', data: '[1]' },
          { name: 'welcome', from: 'no-reply@example.com', to: 'ada@example.com', data: { name: 'Ada' } },
        ],
      },
    },
  },
  'ses:request-production-access': {
    valid: {
      ...ref,
      request: {
        mailType: 'TRANSACTIONAL',
        websiteUrl: 'https://example.com',
        useCaseDescription: 'Sign-up codes',
        contactLanguage: 'EN',
        additionalContacts: [],
      },
    },
    fields: {
      profile,
      region,
      request: {
        type: 'object',
        required: true,
        bad: [
          {},
          {
            mailType: 'SPAM',
            websiteUrl: 'https://x.io',
            useCaseDescription: '',
            contactLanguage: 'EN',
            additionalContacts: [],
          },
          {
            mailType: 'MARKETING',
            websiteUrl: 'ftp://x.io',
            useCaseDescription: '',
            contactLanguage: 'EN',
            additionalContacts: [],
          },
          {
            mailType: 'MARKETING',
            websiteUrl: 'https://x.io',
            useCaseDescription: '',
            contactLanguage: 'DE',
            additionalContacts: [],
          },
          {
            mailType: 'MARKETING',
            websiteUrl: 'https://x.io',
            useCaseDescription: '',
            contactLanguage: 'EN',
            additionalContacts: ['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io', 'e@x.io'],
          },
        ],
      },
    },
  },
  'preflight:pool': { valid: pool, fields: { profile, region, userPoolId } },
  'preflight:region': { valid: ref, fields: { profile, region } },
  'userPools:describe': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:preview-update': { valid: poolEditValid, fields: poolEditFields },
  'userPools:update': { valid: poolEditValid, fields: poolEditFields },
  'userPools:add-custom-attributes': {
    valid: { ...pool, attributes: [{ Name: 'plan', AttributeDataType: 'String', Mutable: true }] },
    fields: {
      profile,
      region,
      userPoolId,
      attributes: {
        type: 'array',
        required: true,
        bad: [
          [],
          [{ Name: '', AttributeDataType: 'String', Mutable: true }],
          [{ Name: 'x'.repeat(21), AttributeDataType: 'String', Mutable: true }],
          [{ Name: 'has space', AttributeDataType: 'String', Mutable: true }],
          [{ Name: 'plan', AttributeDataType: 'Text', Mutable: true }],
          [{ Name: 'plan', AttributeDataType: 'String', Mutable: true, Required: true }],
          Array.from({ length: 26 }, (_, i) => ({ Name: `a${i}`, AttributeDataType: 'String', Mutable: true })),
        ],
      },
    },
  },
  'userPools:list-clients': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:describe-client': { valid: client, fields: { profile, region, userPoolId, clientId } },
  'userPools:create-client': {
    valid: { ...pool, client: { ClientName: 'web', CallbackURLs: ['https://app.example.com/cb'] } },
    fields: {
      profile,
      region,
      userPoolId,
      client: {
        type: 'object',
        required: true,
        bad: [
          {},
          { ClientName: '' },
          { ClientName: 'web', ClientSecret: 'x' },
          { ClientName: 'web', CallbackURLs: ['http://app.example.com/cb'] },
          { ClientName: 'web', CallbackURLs: ['not a url'] },
          { ClientName: 'web', ExplicitAuthFlows: ['ALLOW_EVERYTHING'] },
          { ClientName: 'web', AccessTokenValidity: 2, TokenValidityUnits: { AccessToken: 'minutes' } },
        ],
      },
    },
  },
  'userPools:preview-client-update': { valid: clientEditValid, fields: clientEditFields },
  'userPools:update-client': { valid: clientEditValid, fields: clientEditFields },
  'userPools:reveal-client-secret': { valid: client, fields: { profile, region, userPoolId, clientId } },
  'userPools:delete-client': {
    valid: { ...client, confirmName: 'web' },
    fields: { profile, region, userPoolId, clientId, confirmName: { type: 'string', required: true, bad: [''] } },
  },
  'userPools:compare': {
    valid: { left: pool, right: { profile: 'prod', region: 'us-east-1', userPoolId: 'us-east-1_Prod123' } },
    fields: {
      left: {
        type: 'object',
        required: true,
        bad: [{}, ref, { ...pool, extra: 1 }, { ...pool, profile: '' }, { ...pool, userPoolId: 'nounderscore' }],
      },
      right: { type: 'object', required: true, bad: [{}, { ...pool, region: 'moon-base-1' }] },
    },
  },
  'userPools:create': {
    valid: { ...ref, pool: { PoolName: 'new-pool', UsernameAttributes: ['email'] } },
    fields: {
      profile,
      region,
      pool: {
        type: 'object',
        required: true,
        bad: [
          {},
          { PoolName: '' },
          { PoolName: 'p', UsernameAttributes: ['email'], AliasAttributes: ['email'] },
          { PoolName: 'p', UsernameAttributes: ['preferred_username'] },
          { PoolName: 'p', Policies: { PasswordPolicy: { MinimumLength: 5 } } },
          { PoolName: 'p', Schema: [{ Name: 'plan', AttributeDataType: 'String', Mutable: true, Required: true }] },
          { PoolName: 'p', Id: 'x' },
        ],
      },
      extras: {
        type: 'object',
        required: false,
        bad: [{ extra: 1 }, { domainPrefix: 'Bad_Prefix' }, { domainPrefix: 'aws-reserved' }, { initialClient: {} }],
      },
    },
  },
  'userPools:export': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:create-from-export': {
    valid: { ...ref, data: exportValid, poolName: 'copy' },
    fields: {
      profile,
      region,
      data: {
        type: 'object',
        required: true,
        bad: [
          {},
          { ...exportValid, format: 'other@1' },
          { ...exportValid, pool: {} },
          { ...exportValid, clients: [{}] },
          { ...exportValid, groups: [{ Description: 'no name' }] },
          { ...exportValid, extra: true },
        ],
      },
      poolName: { type: 'string', required: false, bad: ['', 'bad/name', 'p'.repeat(129)] },
    },
  },
  'userPools:domain': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:check-domain': { valid: { ...ref, prefix: 'my-app' }, fields: { profile, region, prefix } },
  'userPools:create-domain': { valid: { ...pool, prefix: 'my-app' }, fields: { profile, region, userPoolId, prefix } },
  'userPools:create-custom-domain': {
    valid: { ...pool, domain: 'auth.example.com', certificateArn: CERT },
    fields: {
      profile,
      region,
      userPoolId,
      domain: { type: 'string', required: true, bad: ['', 'auth', 'Auth.Example.com', '-a.example.com', HUGE] },
      certificateArn,
    },
  },
  'userPools:update-domain-certificate': {
    valid: { ...pool, certificateArn: CERT },
    fields: { profile, region, userPoolId, certificateArn },
  },
  'userPools:delete-domain': {
    valid: { ...pool, domain: 'auth.example.com' },
    fields: { profile, region, userPoolId, domain: { type: 'string', required: true, bad: ['', HUGE] } },
  },
  'userPools:mfa': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:set-mfa': {
    valid: { ...pool, edit: { MfaConfiguration: 'OPTIONAL', Totp: true } },
    fields: {
      profile,
      region,
      userPoolId,
      edit: {
        type: 'object',
        required: true,
        bad: [{}, { MfaConfiguration: 'on' }, { Totp: 'yes' }, { Webauthn: true }, { SmsMfaConfiguration: {} }],
      },
    },
  },
  'userPools:risk': { valid: pool, fields: { profile, region, userPoolId, clientId: optionalClientId } },
  'userPools:set-risk': {
    valid: { ...pool, risk: { compromisedAction: 'BLOCK', blockedIpRanges: ['203.0.113.0/24'] }, expected: {} },
    fields: {
      profile,
      region,
      userPoolId,
      clientId: optionalClientId,
      risk: {
        type: 'object',
        required: true,
        bad: [
          { blockedIpRanges: ['10.0.0.0/33'] },
          { skippedIpRanges: ['not a range'] },
          { lowAction: 'ALLOW' },
          { lowAction: 'BLOCK', lowNotify: true },
          { notifySourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/example.com' },
          { compromisedEvents: ['SIGN_IN'] },
          { CompromisedCredentialsRiskConfiguration: {} },
        ],
      },
      expected: { type: 'object', required: false, bad: [{ lowAction: 'ALLOW' }, { extra: 1 }] },
    },
  },
  'userPools:passkeys': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:set-passkeys': {
    valid: { ...pool, passkeys: { relyingPartyId: 'auth.example.com', userVerification: 'required' } },
    fields: {
      profile,
      region,
      userPoolId,
      passkeys: {
        type: 'object',
        required: true,
        bad: [
          { relyingPartyId: 'https://auth.example.com' },
          { relyingPartyId: 'auth.example.com:443' },
          { relyingPartyId: 'Auth.Example.com' },
          { relyingPartyId: 'localhost' },
          { relyingPartyId: '' },
          { userVerification: 'discouraged' },
          { RelyingPartyId: 'auth.example.com' },
        ],
      },
      expected: { type: 'object', required: false, bad: [{ userVerification: 'always' }] },
    },
  },
  'userPools:log-delivery': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:set-log-delivery': {
    valid: {
      ...pool,
      logs: {
        notificationLogGroupArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/cognito',
        authEventsDestinationArn: 'arn:aws:s3:::my-auth-logs',
      },
    },
    fields: {
      profile,
      region,
      userPoolId,
      logs: {
        type: 'object',
        required: true,
        bad: [
          { notificationLogGroupArn: 'arn:aws:s3:::my-auth-logs' },
          { notificationLogGroupArn: 'log-group:/aws/x' },
          { authEventsDestinationArn: 'arn:aws:sns:eu-west-1:123456789012:topic' },
          { authEventsDestinationArn: '' },
          { LogConfigurations: [] },
        ],
      },
      expected: { type: 'object', required: false, bad: [{ notificationLogGroupArn: 'x' }] },
    },
  },
  'userPools:branding': { valid: pool, fields: { profile, region, userPoolId } },
  'userPools:create-branding': { valid: client, fields: { profile, region, userPoolId, clientId } },
  'userPools:delete-branding': {
    valid: { ...client, brandingId: '8f6a1c2e-0b7d-4e1a-9f3c-2d5e6f7a8b9c', confirmName: 'web' },
    fields: {
      profile,
      region,
      userPoolId,
      clientId,
      brandingId: { type: 'string', required: true, bad: ['', 'not an id!', 'b'.repeat(65), '../x'] },
      confirmName: { type: 'string', required: true, bad: ['', 'x'.repeat(129)] },
    },
  },
  'userPools:delete': {
    valid: { ...pool, confirmName: 'my-pool' },
    fields: { profile, region, userPoolId, confirmName: { type: 'string', required: true, bad: [''] } },
  },
  ...USERS_GROUPS_JOBS_SPECS,
  ...IDENTITY_POOL_SPECS,
  'identityPools:list': { valid: ref, fields: { profile, region } },
  'identityPools:describe': {
    valid: { ...ref, identityPoolId: IDENTITY_POOL },
    fields: { profile, region, identityPoolId },
  },
  'identityPools:delete': {
    valid: { ...ref, identityPoolId: IDENTITY_POOL, confirmName: 'demo_identities' },
    fields: {
      profile,
      region,
      identityPoolId,
      confirmName: { type: 'string', required: true, bad: ['', 'x'.repeat(129)] },
    },
  },
};

/** Values of every JS type but the field's own; `undefined` only where the field is required, `null` only where not nullable. */
export function wrongType(rng: Rng, field: FieldSpec): unknown {
  const candidates: unknown[] = [
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    123456,
    10n,
    [],
    ['default'],
    {},
    { value: 'default' },
    new Date(0),
    nested(rng, 1 + Math.floor(rng() * 40)),
  ];
  if (field.type !== 'string') candidates.push('true', 'default', '', HUGE);
  if (field.type !== 'boolean') candidates.push(true, false);
  if (field.required) candidates.push(undefined);
  if (!field.nullable) candidates.push(null);
  // A number, array or object field may accept generic values of its own type (0, [], {}): keep only other types.
  return pick(
    rng,
    candidates.filter((v) => jsType(v) !== field.type || field.type === 'string' || field.type === 'boolean'),
  );
}

function jsType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'bigint') return 'bigint';
  return value === null ? 'null' : typeof value;
}

/** Deeply nested arrays and objects with odd leaves. */
export function nested(rng: Rng, depth: number): unknown {
  if (depth <= 0) return pick(rng, [null, 0, 'leaf', true, -0, '', '__proto__']);
  const leaf = pick(rng, ['x', 1, null, false]);
  return rng() < 0.5 ? [nested(rng, depth - 1), leaf] : { a: nested(rng, depth - 1), b: leaf };
}
