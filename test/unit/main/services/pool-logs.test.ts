import type { LogDeliveryConfigurationType } from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityProviderClient,
  GetLogDeliveryConfigurationCommand,
  SetLogDeliveryConfigurationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { getLogs, setLogs } from '../../../../src/main/services/pool-logs';
import { AppError } from '../../../../src/shared/ipc/errors';
import { poolLogsSchema } from '../../../../src/shared/model/pool-logs';

// moto (5.x) does not implement Get/SetLogDeliveryConfiguration: a mock shaped like the API reference stands in.
const POOL = 'eu-west-1_AbC123xyz';
const LOG_GROUP = 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/cognito/errors';
const FIREHOSE = 'arn:aws:firehose:eu-west-1:123456789012:deliverystream/auth-events';

function fakeCognito(initial: LogDeliveryConfigurationType) {
  const idp = new CognitoIdentityProviderClient({ region: 'eu-west-1' });
  const mock = mockClient(idp);
  let stored = initial;
  mock.on(GetLogDeliveryConfigurationCommand).callsFake(() => ({ LogDeliveryConfiguration: stored }));
  mock.on(SetLogDeliveryConfigurationCommand).callsFake((input: LogDeliveryConfigurationType) => {
    stored = input;
    return { LogDeliveryConfiguration: stored };
  });
  return { idp, mock };
}

describe('log delivery', () => {
  it('reads one destination per event source', async () => {
    const { idp } = fakeCognito({
      UserPoolId: POOL,
      LogConfigurations: [
        { EventSource: 'userNotification', LogLevel: 'ERROR', CloudWatchLogsConfiguration: { LogGroupArn: LOG_GROUP } },
        { EventSource: 'userAuthEvents', LogLevel: 'INFO', FirehoseConfiguration: { StreamArn: FIREHOSE } },
      ],
    });
    expect(await getLogs(idp, POOL)).toEqual({
      notificationLogGroupArn: LOG_GROUP,
      authEventsDestinationArn: FIREHOSE,
    });
  });

  it('sends the whole list with the level and destination type each source needs, and reports the change', async () => {
    const { idp, mock } = fakeCognito({
      UserPoolId: POOL,
      LogConfigurations: [
        { EventSource: 'userNotification', LogLevel: 'ERROR', CloudWatchLogsConfiguration: { LogGroupArn: LOG_GROUP } },
      ],
    });
    const loaded = await getLogs(idp, POOL);
    const result = await setLogs(idp, POOL, { ...loaded, authEventsDestinationArn: 'arn:aws:s3:::auth-logs' }, loaded);
    expect(mock.commandCalls(SetLogDeliveryConfigurationCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      LogConfigurations: [
        { EventSource: 'userNotification', LogLevel: 'ERROR', CloudWatchLogsConfiguration: { LogGroupArn: LOG_GROUP } },
        { EventSource: 'userAuthEvents', LogLevel: 'INFO', S3Configuration: { BucketArn: 'arn:aws:s3:::auth-logs' } },
      ],
    });
    expect(result.changes).toEqual([
      {
        path: 'authEventsDestinationArn',
        label: 'User authentication events (userAuthEvents, INFO): destination',
        after: 'arn:aws:s3:::auth-logs',
      },
    ]);
  });

  it('removes a source by leaving it out, and refuses with CONFLICT when the configuration moved', async () => {
    const { idp, mock } = fakeCognito({
      UserPoolId: POOL,
      LogConfigurations: [
        { EventSource: 'userNotification', LogLevel: 'ERROR', CloudWatchLogsConfiguration: { LogGroupArn: LOG_GROUP } },
      ],
    });
    const stale = await setLogs(idp, POOL, {}, {}).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe('CONFLICT');
    expect(mock.commandCalls(SetLogDeliveryConfigurationCommand)).toHaveLength(0);
    const result = await setLogs(idp, POOL, {}, { notificationLogGroupArn: LOG_GROUP });
    expect(mock.commandCalls(SetLogDeliveryConfigurationCommand)[0]?.args[0].input.LogConfigurations).toEqual([]);
    expect(result.logs).toEqual({});
  });

  it('validates each ARN for its source before any call', () => {
    const message = (logs: unknown) => poolLogsSchema.safeParse(logs).error?.issues[0]?.message;
    expect(message({ notificationLogGroupArn: LOG_GROUP, authEventsDestinationArn: FIREHOSE })).toBeUndefined();
    expect(message({ authEventsDestinationArn: 'arn:aws:s3:::auth-logs' })).toBeUndefined();
    expect(message({ authEventsDestinationArn: `${LOG_GROUP}:*` })).toBeUndefined();
    expect(message({ notificationLogGroupArn: 'arn:aws:s3:::auth-logs' })).toMatch(
      /^Not a CloudWatch Logs log group ARN/,
    );
    expect(message({ authEventsDestinationArn: 'arn:aws:sns:eu-west-1:123456789012:t' })).toMatch(
      /^Not a log group, S3/,
    );
    expect(message({ authEventsDestinationArn: 'arn:aws:s3:::Bad_Bucket' })).toMatch(/^Not a log group, S3/);
  });
});
