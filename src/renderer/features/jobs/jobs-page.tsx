import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useEffect, useMemo } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { allJobs, useJobs } from '../../stores/jobs';
import { usePanel } from '../../stores/users-panel';
import { JobActions } from './job-actions';
import { JobFiles, JobProgressBar, JobState } from './job-progress';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Running and past jobs (jobs:list + live jobs:progress), with progress, cancel, retry and their files. */
export function JobsPage(_props: { theme: 'light' | 'dark' }) {
  const { summaries, progress, loading, error, init, refresh } = useJobs();
  const openPanel = usePanel((s) => s.open);
  const jobs = useMemo(() => allJobs({ summaries, progress }), [summaries, progress]);
  const running = jobs.filter((j) => j.state === 'running').length;

  useEffect(() => {
    init();
    void refresh();
  }, [init, refresh]);

  return (
    <SpaceBetween size="m">
      <Header
        variant="h1"
        counter={`(${jobs.length})`}
        description={
          running
            ? `${running} running`
            : 'Bulk actions, exports and imports: this session and the last 200 finished before, with their files.'
        }
        actions={
          <Button iconName="refresh" ariaLabel="Refresh jobs" loading={loading} onClick={() => void refresh()} />
        }
      >
        Jobs
      </Header>
      {error ? <ErrorAlert error={error} onRetry={() => void refresh()} /> : null}
      <Table
        ariaLabels={{ tableLabel: 'Jobs' }}
        items={jobs}
        trackBy="jobId"
        loading={loading && jobs.length === 0}
        loadingText="Loading jobs"
        wrapLines
        resizableColumns
        columnDefinitions={[
          {
            id: 'label',
            header: 'Job',
            width: 240,
            cell: (j) => (
              <SpaceBetween size="xxs">
                <Link
                  onFollow={(e) => {
                    e.preventDefault();
                    openPanel({ kind: 'job', jobId: j.jobId });
                  }}
                  href="#/jobs"
                >
                  {j.label}
                </Link>
                <Box variant="small">
                  {j.profile} · {j.region}
                </Box>
              </SpaceBetween>
            ),
          },
          {
            id: 'pool',
            header: 'Pool',
            width: 190,
            cell: (j) => (
              <SpaceBetween size="xxs">
                <span>{j.poolName ?? j.userPoolId}</span>
                {j.poolName ? (
                  <Box variant="small">
                    <span className="break-anywhere">{j.userPoolId}</span>
                  </Box>
                ) : null}
              </SpaceBetween>
            ),
          },
          {
            id: 'state',
            header: 'State',
            width: 160,
            cell: (j) => (
              <SpaceBetween size="xxs">
                <JobState job={j} />
                <JobActions job={j} />
              </SpaceBetween>
            ),
          },
          { id: 'progress', header: 'Progress', width: 180, cell: (j) => <JobProgressBar job={j} showLabel={false} /> },
          { id: 'files', header: 'Files', width: 250, cell: (j) => <JobFiles job={j} compact /> },
          { id: 'started', header: 'Started', width: 160, cell: (j) => dateTime.format(new Date(j.startedAt)) },
        ]}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No jobs yet</b>
            <Box variant="p" color="inherit">
              Start an export or a bulk action from a pool&apos;s Users tab.
            </Box>
          </Box>
        }
      />
    </SpaceBetween>
  );
}
