import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { JobSummary } from '../../../shared/model/jobs';

const count = new Intl.NumberFormat();
const rate = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function eta(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  if (seconds < 60) return `, about ${Math.ceil(seconds)} s left`;
  return `, about ${Math.ceil(seconds / 60)} min left`;
}

/** "1,260 of 5,000 · 24.8/s · about 2 min left", and the failures when there are any. */
export function progressText(job: JobSummary): string {
  const of = job.total !== undefined ? ` of ${count.format(job.total)}` : '';
  const failed = job.failed ? `, ${count.format(job.failed)} failed` : '';
  const speed = job.state === 'running' ? `, ${rate.format(job.ratePerSecond)}/s${eta(job.etaSeconds)}` : '';
  return `${count.format(job.done)}${of} done${failed}${speed}`;
}

export function JobState({ job }: { job: JobSummary }) {
  if (job.state === 'running') return <StatusIndicator type="in-progress">Running</StatusIndicator>;
  if (job.state === 'cancelled') return <StatusIndicator type="stopped">Cancelled</StatusIndicator>;
  if (job.state === 'failed') return <StatusIndicator type="error">Failed</StatusIndicator>;
  if (job.state === 'interrupted') return <StatusIndicator type="stopped">Interrupted</StatusIndicator>;
  return job.failed ? (
    <StatusIndicator type="warning">Done with failures</StatusIndicator>
  ) : (
    <StatusIndicator type="success">Succeeded</StatusIndicator>
  );
}

/** A job's progress bar (Cloudscape ProgressBar), its state when ended, and the files it left. */
export function JobProgressBar({ job, showLabel = true }: { job: JobSummary; showLabel?: boolean }) {
  const value = job.total ? Math.min(100, (job.done / job.total) * 100) : job.state === 'running' ? 0 : 100;
  const status = job.state === 'running' ? 'in-progress' : job.state === 'succeeded' ? 'success' : 'error';
  return (
    <ProgressBar
      value={value}
      status={status}
      label={showLabel ? job.label : undefined}
      ariaLabel={job.label}
      description={job.state === 'running' ? progressText(job) : undefined}
      resultText={
        // In the jobs table (no label) the State column already says Cancelled: the narrow cell keeps the count.
        job.error || (job.state === 'cancelled' && showLabel)
          ? `${progressText(job)}. ${job.error?.message ?? 'Cancelled'}`
          : progressText(job)
      }
    />
  );
}

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

function FilePath({ label, file, compact, testId }: { label: string; file: string; compact: boolean; testId: string }) {
  // In the jobs table only the file name fits; the copy button still copies the full path.
  if (compact) {
    return (
      <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
        <Box variant="small">{label}:</Box>
        <span title={file}>{baseName(file)}</span>
        <CopyToClipboard
          variant="icon"
          textToCopy={file}
          copyButtonAriaLabel={`Copy the path of the ${label.toLowerCase()} file`}
          copySuccessText="Path copied"
          copyErrorText="Could not copy"
        />
      </SpaceBetween>
    );
  }
  return (
    <Box data-testid={testId}>
      {label}:{' '}
      <CopyToClipboard
        variant="inline"
        textToCopy={file}
        copySuccessText="Path copied"
        copyErrorText="Could not copy"
      />
    </Box>
  );
}

/** The result file (export or result.json) and the failure report of a job, as paths to copy. */
export function JobFiles({ job, compact = false }: { job: JobSummary; compact?: boolean }) {
  if (!job.resultFile && !job.failureFile) return null;
  return (
    <SpaceBetween size="xxs">
      {job.resultFile ? (
        <FilePath label="Result" file={job.resultFile} compact={compact} testId="job-result-file" />
      ) : null}
      {job.failureFile ? (
        <FilePath label="Failures" file={job.failureFile} compact={compact} testId="job-failure-file" />
      ) : null}
    </SpaceBetween>
  );
}
