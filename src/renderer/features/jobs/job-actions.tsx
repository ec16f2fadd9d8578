import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { JobSummary } from '../../../shared/model/jobs';
import { toApiError } from '../../api';
import { useJobs } from '../../stores/jobs';
import { useUi } from '../../stores/ui';
import { usePanel } from '../../stores/users-panel';

const count = new Intl.NumberFormat();

/**
 * Cancel a running job; retry only the failed items of an ended one (a new job), unless it ran before a restart;
 * resume an export that stopped early and left a checkpoint (also one from before a restart).
 */
export function JobActions({ job }: { job: JobSummary }) {
  const { cancel, retryFailures, resumeExport } = useJobs();
  const toastError = useUi((s) => s.toastError);
  const toast = useUi((s) => s.toast);
  const openPanel = usePanel((s) => s.open);
  return (
    <SpaceBetween direction="horizontal" size="xs">
      {job.state === 'running' ? (
        <Button
          ariaLabel={`Cancel ${job.label}`}
          onClick={() => void cancel(job.jobId).catch((e: unknown) => toastError(toApiError(e)))}
        >
          Cancel
        </Button>
      ) : null}
      {job.state !== 'running' && job.failed > 0 && !job.earlierRun ? (
        <Button
          ariaLabel={`Retry failures of ${job.label}`}
          onClick={() =>
            void retryFailures(job.jobId).then(
              (jobId) => {
                toast({ type: 'info', header: `Retrying ${count.format(job.failed)} failed items` });
                openPanel({ kind: 'job', jobId });
              },
              (e: unknown) => toastError(toApiError(e)),
            )
          }
        >
          Retry failures
        </Button>
      ) : null}
      {job.state !== 'running' && job.kind === 'export' && job.resumable ? (
        <Button
          ariaLabel={`Resume ${job.label}`}
          onClick={() =>
            void resumeExport(job.jobId).then(
              () => toast({ type: 'info', header: 'Export resumed from its checkpoint' }),
              (e: unknown) => toastError(toApiError(e)),
            )
          }
        >
          Resume
        </Button>
      ) : null}
    </SpaceBetween>
  );
}
