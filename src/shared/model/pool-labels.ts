import type { TokenCheckable } from './pool-clients';
import { DEFAULT_TOKEN_UNITS, TOKEN_LIMITS } from './pool-clients';
import { TRIGGERS } from './pool-config';

/** Human names for settings paths (UpdateUserPool field names joined by dots), for diffs and forms. */
const LABELS: Record<string, string> = {
  PoolName: 'Pool name',
  DeletionProtection: 'Deletion protection',
  MfaConfiguration: 'Multi-factor authentication',
  SmsAuthenticationMessage: 'MFA SMS message',
  AutoVerifiedAttributes: 'Attributes verified automatically',
  'UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate':
    'Keep the original value until a new one is verified',
  'Policies.PasswordPolicy.MinimumLength': 'Password minimum length',
  'Policies.PasswordPolicy.RequireUppercase': 'Password requires an uppercase letter',
  'Policies.PasswordPolicy.RequireLowercase': 'Password requires a lowercase letter',
  'Policies.PasswordPolicy.RequireNumbers': 'Password requires a number',
  'Policies.PasswordPolicy.RequireSymbols': 'Password requires a symbol',
  'Policies.PasswordPolicy.TemporaryPasswordValidityDays': 'Temporary password validity (days)',
  'Policies.PasswordPolicy.PasswordHistorySize': 'Passwords remembered (no reuse)',
  'Policies.SignInPolicy.AllowedFirstAuthFactors': 'Allowed first sign-in factors',
  'AdminCreateUserConfig.AllowAdminCreateUserOnly': 'Only administrators create users (self sign-up off)',
  'AdminCreateUserConfig.UnusedAccountValidityDays': 'Unused account expiry (days)',
  'AdminCreateUserConfig.InviteMessageTemplate.EmailSubject': 'Invitation email subject',
  'AdminCreateUserConfig.InviteMessageTemplate.EmailMessage': 'Invitation email message',
  'AdminCreateUserConfig.InviteMessageTemplate.SMSMessage': 'Invitation SMS',
  'VerificationMessageTemplate.DefaultEmailOption': 'Email verification by',
  'VerificationMessageTemplate.EmailSubject': 'Verification email subject',
  'VerificationMessageTemplate.EmailMessage': 'Verification email message',
  'VerificationMessageTemplate.SmsMessage': 'Verification SMS',
  'VerificationMessageTemplate.EmailSubjectByLink': 'Verification link email subject',
  'VerificationMessageTemplate.EmailMessageByLink': 'Verification link email message',
  'DeviceConfiguration.ChallengeRequiredOnNewDevice': 'Challenge on a new device',
  'DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt': 'Remember devices only when the user agrees',
  'AccountRecoverySetting.RecoveryMechanisms': 'Account recovery methods',
  'UserPoolAddOns.AdvancedSecurityMode': 'Threat protection mode',
  UserPoolTier: 'Feature plan',
  'EmailConfiguration.EmailSendingAccount': 'Email sent by',
  'EmailConfiguration.SourceArn': 'SES identity (FROM)',
  'EmailConfiguration.From': 'FROM address',
  'EmailConfiguration.ReplyToEmailAddress': 'REPLY-TO address',
  'EmailConfiguration.ConfigurationSet': 'SES configuration set',
  'SmsConfiguration.SnsCallerArn': 'SMS role ARN',
  'SmsConfiguration.ExternalId': 'SMS role external id',
  'SmsConfiguration.SnsRegion': 'SMS region',
};

for (const [slot, name] of TRIGGERS) LABELS[`LambdaConfig.${slot}`] = `${name} trigger`;
LABELS['LambdaConfig.CustomEmailSender.LambdaArn'] = 'Custom email sender function';
LABELS['LambdaConfig.CustomEmailSender.LambdaVersion'] = 'Custom email sender event version';
LABELS['LambdaConfig.CustomSMSSender.LambdaArn'] = 'Custom SMS sender function';
LABELS['LambdaConfig.CustomSMSSender.LambdaVersion'] = 'Custom SMS sender event version';
LABELS['LambdaConfig.KMSKeyID'] = 'Custom sender KMS key';
LABELS['LambdaConfig.PreTokenGenerationConfig.LambdaArn'] = 'Pre token generation (versioned) function';
LABELS['LambdaConfig.PreTokenGenerationConfig.LambdaVersion'] = 'Pre token generation event version';

const PREFIXES: [prefix: string, label: string][] = [
  ['UserPoolTags.', 'Tag'],
  ['LambdaConfig.', 'Lambda trigger'],
];

/** The label of a settings path; unknown paths show as themselves so nothing is hidden from a diff. */
export function labelOf(path: string): string {
  const exact = LABELS[path];
  if (exact) return exact;
  for (const [prefix, label] of PREFIXES) {
    if (path.startsWith(prefix)) return `${label} ${path.slice(prefix.length)}`;
  }
  return path;
}

/** Readable names of enumerated values, so a diff says "Optional -> Required", not "OPTIONAL -> ON". */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  MfaConfiguration: { OFF: 'Off', OPTIONAL: 'Optional', ON: 'Required' },
  DeletionProtection: { ACTIVE: 'Active', INACTIVE: 'Inactive' },
  'VerificationMessageTemplate.DefaultEmailOption': { CONFIRM_WITH_CODE: 'A code', CONFIRM_WITH_LINK: 'A link' },
  'UserPoolAddOns.AdvancedSecurityMode': { OFF: 'Off', AUDIT: 'Audit only', ENFORCED: 'Enforced' },
  UserPoolTier: { LITE: 'Lite', ESSENTIALS: 'Essentials', PLUS: 'Plus' },
};

export function valueLabelOf(path: string, value: string): string {
  return VALUE_LABELS[path]?.[value] ?? value;
}

const CLIENT_LABELS: Record<string, string> = {
  ClientName: 'App client name',
  AccessTokenValidity: 'Access token validity',
  IdTokenValidity: 'ID token validity',
  RefreshTokenValidity: 'Refresh token validity',
  'TokenValidityUnits.AccessToken': 'Access token validity unit',
  'TokenValidityUnits.IdToken': 'ID token validity unit',
  'TokenValidityUnits.RefreshToken': 'Refresh token validity unit',
  ReadAttributes: 'Readable attributes',
  WriteAttributes: 'Writable attributes',
  ExplicitAuthFlows: 'Authentication flows',
  SupportedIdentityProviders: 'Identity providers',
  CallbackURLs: 'Callback URLs',
  LogoutURLs: 'Sign-out URLs',
  DefaultRedirectURI: 'Default redirect URL',
  AllowedOAuthFlows: 'OAuth grant types',
  AllowedOAuthScopes: 'OAuth scopes',
  AllowedOAuthFlowsUserPoolClient: 'OAuth enabled for this client',
  PreventUserExistenceErrors: 'Prevent user existence errors',
  EnableTokenRevocation: 'Token revocation',
  EnablePropagateAdditionalUserContextData: 'Propagate user context data',
  AuthSessionValidity: 'Authentication session validity (minutes)',
  'RefreshTokenRotation.Feature': 'Refresh token rotation',
  'RefreshTokenRotation.RetryGracePeriodSeconds': 'Refresh token rotation grace period (seconds)',
  'AnalyticsConfiguration.ApplicationId': 'Pinpoint application id',
};

/** The label of an app client settings path. */
export function clientLabelOf(path: string): string {
  return CLIENT_LABELS[path] ?? path;
}

/**
 * App client labels that name each token validity's unit, read from the client's settings after the change (or
 * Cognito's default where none is stored), so a diff says "Access token validity (hours): 1 -> 2", not a bare number.
 */
export function clientLabelsWithUnits(settings: TokenCheckable): (path: string) => string {
  const tokens = Object.keys(TOKEN_LIMITS) as (keyof typeof TOKEN_LIMITS)[];
  return (path) => {
    const token = tokens.find((t) => TOKEN_LIMITS[t].field === path);
    if (!token) return clientLabelOf(path);
    return `${clientLabelOf(path)} (${settings.TokenValidityUnits?.[token] ?? DEFAULT_TOKEN_UNITS[token]})`;
  };
}
