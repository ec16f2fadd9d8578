import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback } from 'react';
import type { PoolLogs } from '../../../shared/model/pool-logs';
import { LOGS_LABELS, poolLogsSchema } from '../../../shared/model/pool-logs';
import { call } from '../../api';
import { draftKey } from '../../stores/pool-config';
import { FeatureForm } from './feature-form';
import { OptionalText } from './optional-fields';
import type { SectionProps } from './section-props';

/** Log delivery: where Cognito sends message delivery errors and threat protection's user activity. */
export function LogsTab({ poolRef, config, readOnly }: SectionProps) {
  const load = useCallback(() => call('userPools:log-delivery', poolRef), [poolRef]);
  const save = useCallback(
    async (logs: PoolLogs, expected: PoolLogs) => {
      const result = await call('userPools:set-log-delivery', { ...poolRef, logs, expected });
      return { changes: result.changes, settings: result.logs };
    },
    [poolRef],
  );
  const plus = config.settings.UserPoolTier === 'PLUS';
  return (
    <FeatureForm
      draftKey={draftKey(poolRef, 'logs')}
      load={load}
      save={save}
      labels={LOGS_LABELS}
      schema={poolLogsSchema}
      targetName={config.name}
      label="log delivery"
      testId="log-delivery"
      readOnly={readOnly}
      unsupportedNote="This endpoint cannot read or save log delivery (GetLogDeliveryConfiguration / SetLogDeliveryConfiguration). The fields below start empty; their checks still work, but saving will be refused."
    >
      <SpaceBetween size="l">
        <Container
          header={
            <Header
              variant="h2"
              description="Errors Cognito meets sending email and SMS messages. Level ERROR, to a CloudWatch Logs log group in the pool's account."
            >
              Message delivery errors (userNotification)
            </Header>
          }
        >
          <OptionalText
            path="notificationLogGroupArn"
            label="Log group ARN"
            constraint="arn:aws:logs:<region>:<account id>:log-group:<name>; a name under /aws/vendedlogs/ allows large resource policies. Empty: not logged."
          />
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              description="Threat protection's record of each sign-in, sign-up and password change. Level INFO, to CloudWatch Logs, S3 or Data Firehose."
            >
              User authentication events (userAuthEvents)
            </Header>
          }
        >
          <SpaceBetween size="m">
            {plus ? null : (
              <Alert type="warning" data-testid="logs-plan-warning">
                User authentication events need the Plus plan and threat protection; Cognito refuses this destination
                otherwise.
              </Alert>
            )}
            <OptionalText
              path="authEventsDestinationArn"
              label="Destination ARN"
              constraint="A log group, arn:aws:s3:::<bucket> or arn:aws:firehose:<region>:<account id>:deliverystream/<name>. Empty: not exported."
            />
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </FeatureForm>
  );
}
