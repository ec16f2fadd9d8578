import { AppError } from '../../shared/ipc/errors';
import type { Settings } from './pool-settings';
import { isObject } from './pool-settings';

/**
 * Rules that hold between fields, checked on the merged configuration (the edit plus what the pool already has)
 * before UpdateUserPool: an edit alone cannot see that it leaves, say, an external id without its role.
 */
export function assertMergedPoolValid(merged: Settings): void {
  const sms = merged.SmsConfiguration;
  if (isObject(sms) && typeof sms.SnsCallerArn !== 'string') {
    const message = 'SMS settings need the IAM role ARN (SnsCallerArn); nothing was changed.';
    throw new AppError('VALIDATION', message, { issues: [{ path: 'SmsConfiguration.SnsCallerArn', message }] });
  }
  const lambda = merged.LambdaConfig;
  if (isObject(lambda) && (lambda.CustomEmailSender || lambda.CustomSMSSender) && !lambda.KMSKeyID) {
    const message =
      'A custom email or SMS sender needs the KMS key Cognito encrypts codes with (KMSKeyID); nothing was changed.';
    throw new AppError('VALIDATION', message, { issues: [{ path: 'LambdaConfig.KMSKeyID', message }] });
  }
}
