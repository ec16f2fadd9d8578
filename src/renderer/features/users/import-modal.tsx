import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useState } from 'react';
import type { ImportCheck, PoolRef } from '../../../shared/model/users';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { useJobs } from '../../stores/jobs';
import { useWrite } from './use-write';
import { ModalFooter } from '../../components/modal-footer';

interface Props {
  poolRef: PoolRef;
  poolName: string;
  onCancel: () => void;
  onStarted: (jobId: string) => void;
}

const count = new Intl.NumberFormat();
const ROLE_ARN = /^arn:[\w+=/,.@-]+:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/**
 * CSV import (CreateUserImportJob): the pool's header as a template, a local row-level check of the chosen file
 * (users:import-check sends nothing to AWS), then the import as a job. Started only when the check is clean.
 */
export function ImportModal({ poolRef, poolName, onCancel, onStarted }: Props) {
  const [header, setHeader] = useState<string[] | undefined>();
  const [files, setFiles] = useState<File[]>([]);
  const [csv, setCsv] = useState<string | undefined>();
  const [check, setCheck] = useState<ImportCheck | undefined>();
  const [checkError, setCheckError] = useState<ApiError | undefined>();
  const [jobName, setJobName] = useState(() => `import-${new Date().toISOString().slice(0, 10)}`);
  const [roleArn, setRoleArn] = useState('');
  const startImport = useJobs((s) => s.startImport);
  const { busy, error, run } = useWrite();

  useEffect(() => {
    let live = true;
    call('users:import-header', poolRef).then(
      (h) => live && setHeader(h.header),
      (e: unknown) => live && setCheckError(toApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [poolRef]);

  const choose = async (chosen: File[]): Promise<void> => {
    setFiles(chosen);
    setCheck(undefined);
    setCheckError(undefined);
    const file = chosen[0];
    if (!file) return setCsv(undefined);
    try {
      const text = await file.text();
      setCsv(text);
      setCheck(await call('users:import-check', { ...poolRef, csv: text }));
    } catch (e) {
      setCheckError(toApiError(e));
    }
  };

  const roleProblem = roleArn && !ROLE_ARN.test(roleArn) ? 'Not an IAM role ARN' : undefined;
  const ready = csv !== undefined && check !== undefined && check.problems.length === 0 && ROLE_ARN.test(roleArn);
  const start = async (): Promise<void> => {
    if (!csv || !check) return;
    await run('start', async () => {
      const jobId = await startImport(
        { ...poolRef, jobName: jobName.trim(), cloudWatchLogsRoleArn: roleArn, csv },
        `Import ${count.format(check.users)} users into ${poolName}`,
      );
      onStarted(jobId);
    });
  };

  return (
    <Modal
      visible
      size="large"
      onDismiss={onCancel}
      header={`Import users into ${poolName}`}
      footer={
        <ModalFooter onCancel={onCancel} disabled={!ready} loading={busy === 'start'} onConfirm={() => void start()}>
          Start import
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        {checkError ? <ErrorAlert error={checkError} /> : null}
        <FormField
          label="Template"
          description="The first line of the file: this pool's import columns (GetCSVHeader)."
        >
          {header ? (
            <SpaceBetween direction="horizontal" size="xs" alignItems="center">
              <Box variant="code">{header.join(',')}</Box>
              <CopyToClipboard
                variant="icon"
                textToCopy={`${header.join(',')}\n`}
                copyButtonAriaLabel="Copy the header line"
                copySuccessText="Header copied"
                copyErrorText="Could not copy"
              />
            </SpaceBetween>
          ) : (
            <Box color="text-body-secondary">Reading the header…</Box>
          )}
        </FormField>
        <FormField
          label="CSV file"
          description="Checked here first: header, required columns, email and phone formats."
        >
          <FileUpload
            value={files}
            accept=".csv,text/csv"
            showFileSize
            onChange={(e) => void choose(e.detail.value)}
            i18nStrings={{
              uploadButtonText: () => 'Choose file',
              dropzoneText: () => 'Drop the file here',
              removeFileAriaLabel: (_i, name) => `Remove ${name}`,
              errorIconAriaLabel: 'Error',
              warningIconAriaLabel: 'Warning',
            }}
          />
        </FormField>
        {check ? <CheckResult check={check} /> : null}
        <SpaceBetween direction="horizontal" size="m">
          <FormField label="Import job name">
            <Input value={jobName} onChange={(e) => setJobName(e.detail.value)} ariaLabel="Import job name" />
          </FormField>
          <FormField
            label="CloudWatch Logs role ARN"
            description="Cognito writes the job's log with this role."
            errorText={roleProblem}
          >
            <Input
              value={roleArn}
              placeholder="arn:aws:iam::123456789012:role/CognitoImport"
              onChange={(e) => setRoleArn(e.detail.value)}
              ariaLabel="CloudWatch Logs role ARN"
            />
          </FormField>
        </SpaceBetween>
      </SpaceBetween>
    </Modal>
  );
}

function CheckResult({ check }: { check: ImportCheck }) {
  if (check.problems.length === 0) {
    return <Alert type="success">{count.format(check.users)} users, no problems found.</Alert>;
  }
  return (
    <Table
      variant="embedded"
      header={
        <Box variant="h3" color="text-status-error">
          {count.format(check.problems.length)}
          {check.truncated ? '+' : ''} {check.problems.length === 1 ? 'problem' : 'problems'} in{' '}
          {count.format(check.users)} users: fix the file and choose it again
        </Box>
      }
      items={check.problems}
      columnDefinitions={[
        { id: 'line', header: 'Line', cell: (p) => p.line, width: 80 },
        { id: 'column', header: 'Column', cell: (p) => p.column ?? '', width: 200 },
        { id: 'message', header: 'Problem', cell: (p) => p.message },
      ]}
    />
  );
}
