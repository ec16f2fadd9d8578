import { describe, expect, it } from 'vitest';
import { diffSettings, mergeEdit, toSettings, toUpdateRequest } from '../../../../src/main/services/pool-settings';
import { poolEditSchema } from '../../../../src/shared/model/pool-config';
import { customAttributeSchema } from '../../../../src/shared/model/custom-attributes';

const messages = (input: unknown): string[] => {
  const result = poolEditSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('pool settings', () => {
  it('keeps only updatable fields, folds the legacy message copies into the template, drops empties', () => {
    const settings = toSettings({
      Id: 'eu-west-1_abc',
      Name: 'p',
      Arn: 'arn:x',
      CreationDate: new Date(0),
      LastModifiedDate: new Date(0),
      EstimatedNumberOfUsers: 3,
      UsernameAttributes: ['email'],
      SchemaAttributes: [{ Name: 'email' }],
      EmailVerificationMessage: 'Code {####}',
      SmsVerificationMessage: 'SMS {####}',
      VerificationMessageTemplate: { SmsMessage: 'Template SMS {####}' },
      AutoVerifiedAttributes: [],
      LambdaConfig: {},
      DeletionProtection: 'ACTIVE',
    });
    expect(settings).toEqual({
      PoolName: 'p',
      DeletionProtection: 'ACTIVE',
      VerificationMessageTemplate: { EmailMessage: 'Code {####}', SmsMessage: 'Template SMS {####}' },
    });
    expect(toUpdateRequest('eu-west-1_abc', settings)).toEqual({ UserPoolId: 'eu-west-1_abc', ...settings });
  });

  it('merges an edit key by key, replaces lists and the tag map whole, and diffs leaf by leaf', () => {
    const before = {
      Policies: { PasswordPolicy: { MinimumLength: 8, RequireSymbols: true } },
      AutoVerifiedAttributes: ['email', 'phone_number'],
      UserPoolTags: { a: '1', b: '2' },
    };
    const after = mergeEdit(before, {
      Policies: { PasswordPolicy: { MinimumLength: 10 } },
      AutoVerifiedAttributes: ['email'],
      UserPoolTags: { a: '1' },
    });
    expect(after).toEqual({
      Policies: { PasswordPolicy: { MinimumLength: 10, RequireSymbols: true } },
      AutoVerifiedAttributes: ['email'],
      UserPoolTags: { a: '1' },
    });
    expect(diffSettings(before, after)).toEqual([
      { path: 'Policies.PasswordPolicy.MinimumLength', label: 'Password minimum length', before: 8, after: 10 },
      {
        path: 'AutoVerifiedAttributes',
        label: 'Attributes verified automatically',
        before: ['email', 'phone_number'],
        after: ['email'],
      },
      { path: 'UserPoolTags.b', label: 'Tag b', before: '2', after: undefined },
    ]);
    // Order inside a list of plain values does not count as a change.
    expect(diffSettings({ AutoVerifiedAttributes: ['a', 'b'] }, { AutoVerifiedAttributes: ['b', 'a'] })).toEqual([]);
  });

  it('sets and removes Lambda triggers one slot at a time (null removes)', () => {
    const arn = 'arn:aws:lambda:eu-west-1:123456789012:function:pre-signup';
    const before = { LambdaConfig: { PreSignUp: arn, PostConfirmation: `${arn}-2` } };
    const after = mergeEdit(before, { LambdaConfig: { PreSignUp: null } });
    expect(after).toEqual({ LambdaConfig: { PostConfirmation: `${arn}-2` } });
    expect(diffSettings(before, after)).toEqual([
      { path: 'LambdaConfig.PreSignUp', label: 'Pre sign-up trigger', before: arn, after: undefined },
    ]);
    expect(messages({ LambdaConfig: { PreSignUp: arn, PostConfirmation: `${arn}:live` } })).toEqual([]);
    expect(messages({ LambdaConfig: { PreSignUp: 'pre-signup' } })).toEqual([
      'Not a Lambda function ARN (arn:aws:lambda:<region>:<account id>:function:<name>)',
    ]);
    expect(messages({ LambdaConfig: { PreSignUp: 'arn:aws:s3:::bucket' } })).not.toEqual([]);
    expect(messages({ LambdaConfig: { KMSKeyID: 'x' } })).not.toEqual([]);
  });

  it('refuses bad edits with messages a person understands', () => {
    expect(messages({ Policies: { PasswordPolicy: { MinimumLength: 5 } } })).toEqual([
      'The minimum password length must be at least 6',
    ]);
    expect(messages({ Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 366 } } })).toEqual([
      'Temporary password validity (days) must be at most 365',
    ]);
    expect(messages({ SmsAuthenticationMessage: 'Your code is ready' })).toEqual([
      'The MFA SMS must contain {####} (Cognito replaces it when sending)',
    ]);
    expect(messages({ AdminCreateUserConfig: { InviteMessageTemplate: { EmailMessage: 'Hi, {####}' } } })).toEqual([
      'The invitation email message must contain {username} and {####} (Cognito replaces them when sending)',
    ]);
    expect(messages({ VerificationMessageTemplate: { EmailMessageByLink: 'Click the link' } })).toEqual([
      'The verification link email message must contain {##Click here##} (any text)',
    ]);
    expect(messages({ UserPoolTags: { 'aws:x': 'y' } })).toEqual(['Tag keys starting with aws: are reserved by AWS']);
    expect(messages({})).toEqual(['The edit changes nothing']);
    expect(messages({ Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['EMAIL_OTP'] } } })).toEqual([
      'Password must stay allowed (Cognito requires it)',
    ]);
    expect(
      messages({ EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', ReplyToEmailAddress: 'not-an-email' } }),
    ).toEqual(['Not an email address', 'Sending through SES needs the SES identity (FROM) chosen']);
    expect(messages({ Id: 'x' })).not.toEqual([]);
    expect(messages({ MfaConfiguration: 'OPTIONAL', Policies: { PasswordPolicy: { MinimumLength: 6 } } })).toEqual([]);
  });

  it('validates custom attributes', () => {
    expect(customAttributeSchema.safeParse({ Name: 'plan', AttributeDataType: 'String', Mutable: true }).success).toBe(
      true,
    );
    const bad = customAttributeSchema.safeParse({
      Name: 'way-too-long-attribute-name',
      AttributeDataType: 'String',
      Mutable: true,
    });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual([
      'A custom attribute name is at most 20 characters (without custom:)',
      'Use letters, digits and _ only',
    ]);
  });
});
