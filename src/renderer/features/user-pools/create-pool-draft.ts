import { customAttributeSchema } from '../../../shared/model/custom-attributes';
import { clientCreateSchema } from '../../../shared/model/pool-clients';
import type { PoolCreateExtras } from '../../../shared/model/pool-create';
import { poolCreateSchema } from '../../../shared/model/pool-create';
import { domainPrefixSchema } from '../../../shared/model/pool-domain';

/** The wizard's answers, in the shape of its questions; toInput turns them into a CreateUserPool request. */
export interface CreateDraft {
  name: string;
  signIn: 'username' | 'email' | 'phone' | 'email-or-phone';
  aliases: ('email' | 'phone_number' | 'preferred_username')[];
  caseSensitive: boolean;
  required: string[];
  custom: { name: string; type: 'String' | 'Number' | 'DateTime' | 'Boolean'; mutable: boolean }[];
  minLength: string;
  upper: boolean;
  lower: boolean;
  numbers: boolean;
  symbols: boolean;
  tempDays: string;
  selfSignUp: boolean;
  mfa: 'OFF' | 'OPTIONAL' | 'ON';
  autoVerify: ('email' | 'phone_number')[];
  deletionProtection: boolean;
  tier: 'LITE' | 'ESSENTIALS' | 'PLUS';
  emailAccount: 'COGNITO_DEFAULT' | 'DEVELOPER';
  /** The SES identity ARN chosen as FROM. */
  sourceArn: string;
  from: string;
  replyTo: string;
  configSet: string;
  smsRole: string;
  smsExternalId: string;
  tags: { key: string; value: string }[];
  /** The optional initial app client (no name: none) and its callback URL (none: no OAuth). */
  clientName: string;
  callbackUrl: string;
  domainPrefix: string;
}

export const INITIAL_DRAFT: CreateDraft = {
  name: '',
  signIn: 'email',
  aliases: [],
  caseSensitive: false,
  required: ['email'],
  custom: [],
  minLength: '8',
  upper: true,
  lower: true,
  numbers: true,
  symbols: true,
  tempDays: '7',
  selfSignUp: false,
  mfa: 'OFF',
  autoVerify: ['email'],
  deletionProtection: true,
  tier: 'ESSENTIALS',
  emailAccount: 'COGNITO_DEFAULT',
  sourceArn: '',
  from: '',
  replyTo: '',
  configSet: '',
  smsRole: '',
  smsExternalId: '',
  tags: [],
  clientName: '',
  callbackUrl: '',
  domainPrefix: '',
};

/** Only what was filled in: an empty box means "not set", never an empty value sent to AWS. */
const given = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value.trim() === '' ? {} : ({ [key]: value.trim() } as Record<K, string>);

function emailConfiguration(d: CreateDraft): Record<string, string> {
  if (d.emailAccount === 'COGNITO_DEFAULT') {
    return { EmailSendingAccount: 'COGNITO_DEFAULT', ...given('ReplyToEmailAddress', d.replyTo) };
  }
  return {
    EmailSendingAccount: 'DEVELOPER',
    ...given('SourceArn', d.sourceArn),
    ...given('From', d.from),
    ...given('ReplyToEmailAddress', d.replyTo),
    ...given('ConfigurationSet', d.configSet),
  };
}

const USERNAME_ATTRIBUTES: Record<CreateDraft['signIn'], ('email' | 'phone_number')[]> = {
  username: [],
  email: ['email'],
  phone: ['phone_number'],
  'email-or-phone': ['email', 'phone_number'],
};

/** An emptied number box stays NaN, so validation names it instead of sending 0. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export function toInput(d: CreateDraft): unknown {
  const usernameAttributes = USERNAME_ATTRIBUTES[d.signIn];
  return {
    PoolName: d.name,
    ...(usernameAttributes.length > 0 ? { UsernameAttributes: usernameAttributes } : {}),
    ...(d.signIn === 'username' && d.aliases.length > 0 ? { AliasAttributes: d.aliases } : {}),
    UsernameConfiguration: { CaseSensitive: d.caseSensitive },
    Schema: [
      ...d.required.map((name) => ({ Name: name, AttributeDataType: 'String', Mutable: true, Required: true })),
      ...d.custom.map((c) => ({ Name: c.name, AttributeDataType: c.type, Mutable: c.mutable })),
    ],
    Policies: {
      PasswordPolicy: {
        MinimumLength: num(d.minLength),
        RequireUppercase: d.upper,
        RequireLowercase: d.lower,
        RequireNumbers: d.numbers,
        RequireSymbols: d.symbols,
        TemporaryPasswordValidityDays: num(d.tempDays),
      },
    },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: !d.selfSignUp },
    MfaConfiguration: d.mfa,
    ...(d.autoVerify.length > 0 ? { AutoVerifiedAttributes: d.autoVerify } : {}),
    DeletionProtection: d.deletionProtection ? 'ACTIVE' : 'INACTIVE',
    UserPoolTier: d.tier,
    EmailConfiguration: emailConfiguration(d),
    ...(d.smsRole || d.smsExternalId
      ? { SmsConfiguration: { SnsCallerArn: d.smsRole.trim(), ...given('ExternalId', d.smsExternalId) } }
      : {}),
    ...(d.tags.length > 0 ? { UserPoolTags: Object.fromEntries(d.tags.map((t) => [t.key.trim(), t.value])) } : {}),
  };
}

/** The initial app client (a callback URL makes it an OAuth code-flow client for the managed login) and domain. */
export function toExtras(d: CreateDraft): PoolCreateExtras {
  const oauth = d.callbackUrl.trim()
    ? {
        CallbackURLs: [d.callbackUrl.trim()],
        AllowedOAuthFlows: ['code' as const],
        AllowedOAuthScopes: ['openid', 'email'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      }
    : {};
  return {
    ...(d.clientName.trim()
      ? { initialClient: { ClientName: d.clientName.trim(), GenerateSecret: false, ...oauth } }
      : {}),
    ...given('domainPrefix', d.domainPrefix),
  };
}

/** Which step asks for each top-level field, so an error shows on the step that can fix it. */
const STEP_OF: Record<string, number> = {
  PoolName: 0,
  UsernameAttributes: 0,
  AliasAttributes: 0,
  UsernameConfiguration: 0,
  Schema: 1,
  UserPoolTier: 3,
  EmailConfiguration: 3,
  SmsConfiguration: 3,
  UserPoolTags: 3,
};

/** Problems by step and by field ("Policies.PasswordPolicy.MinimumLength"); custom names checked like AddCustomAttributes. */
export function problems(d: CreateDraft): { byStep: string[][]; byField: Record<string, string> } {
  const byStep: string[][] = [[], [], [], [], [], []];
  const byField: Record<string, string> = {};
  const result = poolCreateSchema.safeParse(toInput(d));
  for (const issue of result.success ? [] : result.error.issues) {
    const path = issue.path.map(String).join('.');
    byField[path] ??= issue.message;
    byStep[STEP_OF[String(issue.path[0] ?? 'PoolName')] ?? 2]?.push(issue.message);
  }
  d.custom.forEach((c, i) => {
    const check = customAttributeSchema.safeParse({ Name: c.name, AttributeDataType: c.type, Mutable: c.mutable });
    if (!check.success) {
      const message = `custom:${c.name || '?'}: ${check.error.issues[0]?.message ?? 'invalid'}`;
      byField[`custom.${i}`] = message;
      byStep[1]?.push(message);
    }
  });
  extrasProblems(d, byField, byStep[4] ?? []);
  if (new Set(d.custom.map((c) => c.name)).size !== d.custom.length) byStep[1]?.push('Each custom attribute name once');
  return { byStep, byField };
}

/** The client and domain are checked like their own channels check them, and shown on their step. */
function extrasProblems(d: CreateDraft, byField: Record<string, string>, step: string[]): void {
  if (d.callbackUrl.trim() && !d.clientName.trim()) {
    step.push((byField.clientName = 'Name the app client that uses this callback URL'));
  }
  const { initialClient, domainPrefix } = toExtras(d);
  if (initialClient) {
    const check = clientCreateSchema.safeParse(initialClient);
    for (const issue of check.success ? [] : check.error.issues) {
      const field = issue.path[0] === 'ClientName' ? 'clientName' : 'callbackUrl';
      step.push((byField[field] ??= issue.message));
    }
  }
  if (domainPrefix) {
    const check = domainPrefixSchema.safeParse(domainPrefix);
    if (!check.success) step.push((byField.domainPrefix = check.error.issues[0]?.message ?? 'Not a domain prefix'));
  }
}
