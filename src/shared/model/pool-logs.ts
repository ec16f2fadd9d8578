import { z } from 'zod';

/**
 * Log delivery (GetLogDeliveryConfiguration / SetLogDeliveryConfiguration) as the editor sees it: one destination
 * per event source. The API reference fixes the rest: userNotification (message delivery errors) is logged at ERROR
 * to a CloudWatch Logs group; userAuthEvents (threat protection's user activity, Plus plan) at INFO to CloudWatch
 * Logs, S3 or Data Firehose.
 */
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const PARTITION = 'arn:aws[a-z-]*';
export const LOG_GROUP_ARN = new RegExp(`^${PARTITION}:logs:${REGION}:\\d{12}:log-group:[\\w./#-]{1,512}(?::\\*)?$`);
export const S3_BUCKET_ARN = new RegExp(`^${PARTITION}:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`);
export const FIREHOSE_ARN = new RegExp(`^${PARTITION}:firehose:${REGION}:\\d{12}:deliverystream/[\\w.-]{1,64}$`);

export type LogDestinationKind = 'cloudwatch' | 's3' | 'firehose';

export function destinationKind(arn: string): LogDestinationKind | undefined {
  if (LOG_GROUP_ARN.test(arn)) return 'cloudwatch';
  if (S3_BUCKET_ARN.test(arn)) return 's3';
  if (FIREHOSE_ARN.test(arn)) return 'firehose';
  return undefined;
}

const arn = z.string().max(2048, 'An ARN is at most 2048 characters');

export const poolLogsSchema = z
  .object({
    notificationLogGroupArn: arn.regex(
      LOG_GROUP_ARN,
      'Not a CloudWatch Logs log group ARN (arn:aws:logs:<region>:<account id>:log-group:<name>)',
    ),
    authEventsDestinationArn: arn.refine(
      (a) => destinationKind(a) !== undefined,
      'Not a log group, S3 bucket or Firehose stream ARN (arn:aws:logs:…:log-group:<name>, arn:aws:s3:::<bucket>, arn:aws:firehose:…:deliverystream/<name>)',
    ),
  })
  .partial()
  .strict();
export type PoolLogs = z.infer<typeof poolLogsSchema>;

export const LOGS_LABELS: Record<keyof PoolLogs, string> = {
  notificationLogGroupArn: 'Message delivery errors (userNotification, ERROR): log group',
  authEventsDestinationArn: 'User authentication events (userAuthEvents, INFO): destination',
};
