import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useMemo, useState } from 'react';
import type { JobDetail } from '../../../shared/model/jobs';
import { ApiError, call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { jobView, useJobs } from '../../stores/jobs';
import { JobActions } from './job-actions';
import { JobFiles, JobProgressBar, JobState } from './job-progress';

/** One job in the split panel: live progress; once ended, its files, failures and notes (jobs:get). */
export function JobPanel({ jobId }: { jobId: string }) {
  // Select the two stored parts (stable references) and merge them here: a selector returning a fresh object loops.
  const summary = useJobs((s) => s.summaries[jobId]);
  const progress = useJobs((s) => s.progress[jobId]);
  const job = useMemo(
    () =>
      jobView(
        { summaries: summary ? { [jobId]: summary } : {}, progress: progress ? { [jobId]: progress } : {} },
        jobId,
      ),
    [summary, progress, jobId],
  );
  const init = useJobs((s) => s.init);
  const [detail, setDetail] = useState<JobDetail | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const ended = job !== undefined && job.state !== 'running';

  useEffect(() => init(), [init]);
  useEffect(() => {
    if (!ended) return;
    let live = true;
    call('jobs:get', { jobId }).then(
      (d) => live && setDetail(d),
      (e: unknown) => live && setError(toApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [ended, jobId]);

  if (!job) return <Box>Waiting for the job to report…</Box>;
  return (
    <div data-testid="job-panel">
      <SpaceBetween size="m">
        <SpaceBetween direction="horizontal" size="m" alignItems="center">
          <JobState job={job} />
          <JobActions job={job} />
        </SpaceBetween>
        <div data-testid="job-progress">
          <JobProgressBar job={job} showLabel={false} />
        </div>
        {job.error ? <ErrorAlert error={new ApiError(job.error)} /> : null}
        <JobFiles job={job} />
        {job.earlierRun ? (
          <Box color="text-body-secondary">
            This job ran before the console restarted: its failures and notes are in its files above.
          </Box>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        {detail && detail.failures.length ? (
          <Table
            variant="embedded"
            header={<Box variant="h3">Failures (first {detail.failures.length})</Box>}
            items={detail.failures}
            columnDefinitions={[
              { id: 'item', header: 'User', cell: (f) => f.item },
              { id: 'code', header: 'Code', cell: (f) => f.code },
              { id: 'reason', header: 'Reason', cell: (f) => f.reason },
            ]}
          />
        ) : null}
        {detail && detail.notes.length ? (
          <Table
            variant="embedded"
            header={<Box variant="h3">Notes (first {detail.notes.length})</Box>}
            items={detail.notes}
            columnDefinitions={[
              { id: 'item', header: 'User', cell: (n) => n.item },
              { id: 'message', header: 'Note', cell: (n) => n.message },
            ]}
          />
        ) : null}
      </SpaceBetween>
    </div>
  );
}
