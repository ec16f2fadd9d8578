import { customAttributeSchema } from '../../../shared/model/custom-attributes';
import { poolCreateSchema } from '../../../shared/model/pool-create';

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
};

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
  };
}

/** Which step asks for each top-level field, so an error shows on the step that can fix it. */
const STEP_OF: Record<string, number> = {
  PoolName: 0,
  UsernameAttributes: 0,
  AliasAttributes: 0,
  UsernameConfiguration: 0,
  Schema: 1,
};

/** Problems by step and by field ("Policies.PasswordPolicy.MinimumLength"); custom names checked like AddCustomAttributes. */
export function problems(d: CreateDraft): { byStep: string[][]; byField: Record<string, string> } {
  const byStep: string[][] = [[], [], [], []];
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
  if (new Set(d.custom.map((c) => c.name)).size !== d.custom.length) byStep[1]?.push('Each custom attribute name once');
  return { byStep, byField };
}
