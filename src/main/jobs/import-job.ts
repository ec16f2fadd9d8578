import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateUserImportJobCommand,
  DescribeUserImportJobCommand,
  StartUserImportJobCommand,
  StopUserImportJobCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../../shared/ipc/errors';
import { checkImportFile } from '../services/users-import';
import type { Clock } from './clock';
import { realClock } from './clock';
import type { JobInit } from './runner';

export interface ImportJobInput {
  idp: CognitoIdentityProviderClient;
  profile: string;
  region: string;
  userPoolId: string;
  jobName: string;
  /** The role Cognito writes the import's CloudWatch Logs with (required by CreateUserImportJob). */
  cloudWatchLogsRoleArn: string;
  /** The file's text, already checked against this header. */
  csv: string;
  header: string[];
  clock?: Clock;
  pollMs?: number;
  /** Uploads to the pre-signed S3 URL; the default uses fetch with the encryption header Cognito requires. */
  upload?: (url: string, body: string, signal: AbortSignal) => Promise<void>;
}

const ENDED = new Set(['Succeeded', 'Failed', 'Stopped', 'Expired']);

/** A CSV import as a job: check locally, CreateUserImportJob, upload, start, poll until it ends. */
export function importJob(input: ImportJobInput): JobInit {
  const clock = input.clock ?? realClock;
  const upload = input.upload ?? uploadToPresignedUrl;
  return {
    kind: 'import',
    profile: input.profile,
    region: input.region,
    userPoolId: input.userPoolId,
    operation: 'import',
    label: `import ${input.jobName}`,
    async run(job) {
      const check = checkImportFile(input.csv, input.header);
      job.setTotal(check.users);
      if (check.problems.length > 0) {
        for (const p of check.problems) job.note(`line ${p.line}`, p.message);
        throw new AppError('VALIDATION', `The file has ${check.problems.length}${check.truncated ? '+' : ''} problems`);
      }
      const { UserImportJob: created } = await input.idp.send(
        new CreateUserImportJobCommand({
          UserPoolId: input.userPoolId,
          JobName: input.jobName,
          CloudWatchLogsRoleArn: input.cloudWatchLogsRoleArn,
        }),
        { abortSignal: job.signal },
      );
      const importId = created?.JobId;
      if (!importId || !created.PreSignedUrl)
        throw new AppError('INTERNAL', 'CreateUserImportJob gave no job id or URL');
      await upload(created.PreSignedUrl, input.csv, job.signal);
      await input.idp.send(new StartUserImportJobCommand({ UserPoolId: input.userPoolId, JobId: importId }));
      let done = 0;
      for (;;) {
        try {
          await clock.sleep(input.pollMs ?? 5_000, job.signal);
        } catch (cancelled) {
          await input.idp.send(new StopUserImportJobCommand({ UserPoolId: input.userPoolId, JobId: importId }));
          throw cancelled;
        }
        const { UserImportJob: state } = await input.idp.send(
          new DescribeUserImportJobCommand({ UserPoolId: input.userPoolId, JobId: importId }),
        );
        const now = (state?.ImportedUsers ?? 0) + (state?.FailedUsers ?? 0) + (state?.SkippedUsers ?? 0);
        if (now > done) job.succeeded(now - done);
        done = Math.max(done, now);
        if (!ENDED.has(state?.Status ?? '')) continue;
        if ((state?.FailedUsers ?? 0) > 0 || state?.Status !== 'Succeeded') {
          job.note(
            importId,
            `${state?.Status ?? 'Ended'}: ${state?.ImportedUsers ?? 0} imported, ${state?.FailedUsers ?? 0} failed, ` +
              `${state?.SkippedUsers ?? 0} skipped. ${state?.CompletionMessage ?? ''} Per-user reasons are in ` +
              `CloudWatch Logs, log group /aws/cognito/${input.userPoolId}, stream ${importId}.`,
          );
        }
        if (state?.Status !== 'Succeeded') {
          throw new AppError(
            'AWS_LIMIT',
            `The import ended ${state?.Status ?? 'unknown'}: ${state?.CompletionMessage ?? ''}`,
          );
        }
        return;
      }
    },
  };
}

/** Cognito's pre-signed URL only accepts the upload with SSE-KMS named in a header (developer guide). */
async function uploadToPresignedUrl(url: string, body: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(url, {
    method: 'PUT',
    body,
    headers: { 'x-amz-server-side-encryption': 'aws:kms', 'content-type': 'text/csv' },
    signal,
  });
  if (!response.ok) throw new AppError('NETWORK', `The upload to S3 failed: HTTP ${response.status}`, undefined, true);
}
