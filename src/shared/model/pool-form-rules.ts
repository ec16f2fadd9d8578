import type { z } from 'zod';
import { poolEditSchema } from './pool-config';
import { senderWithoutKey } from './pool-triggers';

type Issue = { path: string[]; message: string };

/**
 * The editor's drafts hold every field of their section, so there an absent field means "not set" (in an API edit
 * it means "keep what the pool has"). That lets the form name missing companions inline before any call; main
 * checks the same rules on the merged configuration.
 */
function draftIssues(edit: z.infer<typeof poolEditSchema>): Issue[] {
  const issues: Issue[] = [];
  const sms = edit.SmsConfiguration;
  if (sms && !sms.SnsCallerArn && (sms.ExternalId || sms.SnsRegion)) {
    issues.push({
      path: ['SmsConfiguration', 'SnsCallerArn'],
      message: 'An external id or SNS region needs the IAM role too',
    });
  }
  if (edit.LambdaConfig && senderWithoutKey(edit.LambdaConfig)) {
    issues.push({
      path: ['LambdaConfig', 'KMSKeyID'],
      message: 'A custom email or SMS sender needs the KMS key Cognito encrypts codes with',
    });
  }
  return issues;
}

export const poolFormSchema = poolEditSchema.superRefine((edit, ctx) => {
  for (const issue of draftIssues(edit)) ctx.addIssue({ code: 'custom', ...issue });
});
