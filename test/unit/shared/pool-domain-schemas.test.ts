import { describe, expect, it } from 'vitest';
import { certificateArnSchema, customDomainSchema } from '../../../src/shared/model/pool-domain';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const messageOf = (schema: typeof certificateArnSchema, value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};

describe('custom domain schemas', () => {
  it('accepts an ACM certificate in us-east-1 only', () => {
    expect(messageOf(certificateArnSchema, CERT)).toBeUndefined();
    expect(messageOf(certificateArnSchema, CERT.replace('us-east-1', 'eu-west-1'))).toBe(
      'The certificate must be in ACM in us-east-1 (N. Virginia)',
    );
    expect(messageOf(certificateArnSchema, CERT.replace(':acm:', ':iam:'))).toMatch(/^Not an ACM certificate ARN/);
    expect(messageOf(certificateArnSchema, `${CERT} `)).toMatch(/^Not an ACM certificate ARN/);
  });

  it('accepts a lowercase dotted host name of at most 63 characters', () => {
    expect(messageOf(customDomainSchema, 'auth.example.com')).toBeUndefined();
    expect(messageOf(customDomainSchema, 'auth')).toMatch(/full domain name/);
    expect(messageOf(customDomainSchema, 'Auth.example.com')).toMatch(/full domain name/);
    expect(messageOf(customDomainSchema, 'auth-.example.com')).toMatch(/full domain name/);
    expect(messageOf(customDomainSchema, `${'a'.repeat(60)}.com`)).toBe('A custom domain is at most 63 characters');
  });
});
