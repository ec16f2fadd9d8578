import { describe, expect, it } from 'vitest';
import { poolFormSchema } from '../../../src/shared/model/pool-form-rules';
import { smsConfigurationEditSchema } from '../../../src/shared/model/pool-sms';

const ROLE = 'arn:aws:iam::123456789012:role/service-role/cognito-sms';
const firstIssue = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.success ? undefined : { message: result.error?.issues[0]?.message, path: result.error?.issues[0]?.path };

describe('SMS configuration validation', () => {
  it('accepts a role ARN, an external id and a region, and null to remove one', () => {
    expect(
      smsConfigurationEditSchema.safeParse({ SnsCallerArn: ROLE, ExternalId: 'ab', SnsRegion: 'us-east-1' }).success,
    ).toBe(true);
    expect(smsConfigurationEditSchema.safeParse({ ExternalId: null }).success).toBe(true);
  });

  it('names what is wrong with a bad role, external id or region', () => {
    const bad = (edit: object) => firstIssue(smsConfigurationEditSchema.safeParse(edit))?.message;
    expect(bad({ SnsCallerArn: 'arn:aws:iam::123456789012:user/bob' })).toMatch(/^Not an IAM role ARN/);
    expect(bad({ SnsCallerArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' })).toMatch(/^Not an IAM role ARN/);
    expect(bad({ ExternalId: 'x' })).toBe('An external id has at least 2 characters');
    expect(bad({ ExternalId: 'has space' })).toMatch(/holds letters, digits/);
    expect(bad({ SnsRegion: 'Europe' })).toBe('Not an AWS region (for example us-east-1)');
    expect(bad({ SnsCallerArn: null, ExternalId: 'abc' })).toBe('An external id or SNS region needs the IAM role too');
  });

  it('in an editor draft, an absent role with an external id is an inline error on the role field', () => {
    expect(firstIssue(poolFormSchema.safeParse({ SmsConfiguration: { ExternalId: 'abc' } }))).toEqual({
      message: 'An external id or SNS region needs the IAM role too',
      path: ['SmsConfiguration', 'SnsCallerArn'],
    });
    expect(poolFormSchema.safeParse({ SmsConfiguration: { SnsCallerArn: ROLE, ExternalId: 'abc' } }).success).toBe(
      true,
    );
  });
});
