import { describe, expect, it } from 'vitest';
import { poolEditSchema } from '../../../src/shared/model/pool-config';
import { poolFormSchema } from '../../../src/shared/model/pool-form-rules';

const fn = 'arn:aws:lambda:us-east-1:123456789012:function:sender';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const sender = { LambdaVersion: 'V1_0', LambdaArn: fn };
const issue = (schema: typeof poolEditSchema, edit: object) => {
  const result = schema.safeParse(edit);
  return result.success ? undefined : { message: result.error.issues[0]?.message, path: result.error.issues[0]?.path };
};

describe('custom sender and pre token generation validation', () => {
  it('accepts senders with a KMS key, and a versioned pre token config', () => {
    expect(issue(poolEditSchema, { LambdaConfig: { CustomEmailSender: sender, KMSKeyID: KEY } })).toBeUndefined();
    expect(
      issue(poolEditSchema, { LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V3_0', LambdaArn: fn } } }),
    ).toBeUndefined();
  });

  it('names a bad KMS key, a bad sender version and a bad pre token version', () => {
    expect(issue(poolEditSchema, { LambdaConfig: { KMSKeyID: 'alias/cognito' } })?.message).toMatch(
      /^Not a KMS key ARN/,
    );
    expect(
      issue(poolEditSchema, { LambdaConfig: { CustomSMSSender: { LambdaVersion: 'V2_0', LambdaArn: fn } } })?.message,
    ).toBe('Custom senders use event version V1_0');
    expect(
      issue(poolEditSchema, { LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V4_0', LambdaArn: fn } } })
        ?.message,
    ).toBe('Choose event version V1_0, V2_0 or V3_0');
    expect(issue(poolEditSchema, { LambdaConfig: { CustomSMSSender: sender, KMSKeyID: null } })).toEqual({
      message: 'A custom email or SMS sender needs the KMS key',
      path: ['LambdaConfig', 'KMSKeyID'],
    });
  });

  it('in an editor draft, a sender with no key is an inline error on the key field before any call', () => {
    expect(issue(poolFormSchema, { LambdaConfig: { CustomEmailSender: sender } })).toEqual({
      message: 'A custom email or SMS sender needs the KMS key Cognito encrypts codes with',
      path: ['LambdaConfig', 'KMSKeyID'],
    });
    // An API edit may leave the key out: the pool's own key is then checked on the merged config in main.
    expect(issue(poolEditSchema, { LambdaConfig: { CustomEmailSender: sender } })).toBeUndefined();
  });
});
