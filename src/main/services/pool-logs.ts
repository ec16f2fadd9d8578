import type {
  CognitoIdentityProviderClient,
  LogConfigurationType,
  LogDeliveryConfigurationType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  GetLogDeliveryConfigurationCommand,
  SetLogDeliveryConfigurationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import { diffFlat } from '../../shared/model/flat-diff';
import type { ConfigChange } from '../../shared/model/pool-config';
import type { PoolLogs } from '../../shared/model/pool-logs';
import { LOGS_LABELS, destinationKind } from '../../shared/model/pool-logs';

const destinationOf = (c: LogConfigurationType): string | undefined =>
  c.CloudWatchLogsConfiguration?.LogGroupArn ?? c.S3Configuration?.BucketArn ?? c.FirehoseConfiguration?.StreamArn;

export function toLogs(raw: LogDeliveryConfigurationType | undefined): PoolLogs {
  const logs: PoolLogs = {};
  for (const c of raw?.LogConfigurations ?? []) {
    const destination = destinationOf(c);
    if (!destination) continue;
    if (c.EventSource === 'userNotification') logs.notificationLogGroupArn = destination;
    if (c.EventSource === 'userAuthEvents') logs.authEventsDestinationArn = destination;
  }
  return logs;
}

function destination(arn: string): Partial<LogConfigurationType> {
  switch (destinationKind(arn)) {
    case 's3':
      return { S3Configuration: { BucketArn: arn } };
    case 'firehose':
      return { FirehoseConfiguration: { StreamArn: arn } };
    default:
      return { CloudWatchLogsConfiguration: { LogGroupArn: arn } };
  }
}

/** The whole LogConfigurations list for `desired`: SetLogDeliveryConfiguration replaces the list. */
export function logConfigurations(desired: PoolLogs): LogConfigurationType[] {
  const list: LogConfigurationType[] = [];
  if (desired.notificationLogGroupArn) {
    list.push({
      EventSource: 'userNotification',
      LogLevel: 'ERROR',
      CloudWatchLogsConfiguration: { LogGroupArn: desired.notificationLogGroupArn },
    });
  }
  if (desired.authEventsDestinationArn) {
    list.push({ EventSource: 'userAuthEvents', LogLevel: 'INFO', ...destination(desired.authEventsDestinationArn) });
  }
  return list;
}

async function getRaw(idp: CognitoIdentityProviderClient, userPoolId: string) {
  const out = await idp.send(new GetLogDeliveryConfigurationCommand({ UserPoolId: userPoolId }));
  return out.LogDeliveryConfiguration;
}

export async function getLogs(idp: CognitoIdentityProviderClient, userPoolId: string): Promise<PoolLogs> {
  return toLogs(await getRaw(idp, userPoolId));
}

/** Read-modify-write: refuse with CONFLICT when the configuration moved since loaded, send it whole, read it back. */
export async function setLogs(
  idp: CognitoIdentityProviderClient,
  userPoolId: string,
  desired: PoolLogs,
  expected: PoolLogs | undefined,
): Promise<{ changes: ConfigChange[]; logs: PoolLogs }> {
  const before = toLogs(await getRaw(idp, userPoolId));
  if (expected && diffFlat(before, expected, LOGS_LABELS).length > 0) {
    throw new AppError('CONFLICT', 'The log delivery configuration was changed elsewhere since it was loaded.');
  }
  const out = await idp.send(
    new SetLogDeliveryConfigurationCommand({ UserPoolId: userPoolId, LogConfigurations: logConfigurations(desired) }),
  );
  const logs = toLogs(out.LogDeliveryConfiguration);
  return { changes: diffFlat(before, logs, LOGS_LABELS), logs };
}
