import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { IndexStatusView } from '../../../shared/model/user-index';
import { jobView, useJobs } from '../../stores/jobs';
import { timeAgo } from '../../lib/time-ago';

export type UsersSource = 'index' | 'live';

const count = new Intl.NumberFormat();
const DAY_MS = 86_400_000;

interface Props {
  status: IndexStatusView | undefined;
  source: UsersSource;
  onSource: (source: UsersSource) => void;
  onSync: () => void;
  syncing: boolean;
}

/** The pool's local index in one line: what it holds, when it was last complete, a sync running, and the source. */
export function IndexStatusBar({ status, source, onSource, onSync, syncing }: Props) {
  // A number, not the job: a selector that builds an object each time would re-render forever.
  const synced = useJobs((s) => (status?.syncJobId ? jobView(s, status.syncJobId)?.done : undefined));
  const running = status?.syncJobId !== undefined;
  const usable = (status?.users ?? 0) > 0;
  return (
    <div className="index-status" data-testid="index-status">
      <SpaceBetween direction="horizontal" size="s" alignItems="center">
        <SegmentedControl
          label="Users from"
          selectedId={source}
          onChange={(e) => onSource(e.detail.selectedId as UsersSource)}
          options={[
            { id: 'index', text: 'Local index', disabled: !usable },
            { id: 'live', text: 'Cognito (live)' },
          ]}
        />
        <Box variant="small">{describe(status, synced)}</Box>
        <Button
          iconName="refresh"
          loading={syncing}
          disabled={running}
          onClick={onSync}
          ariaLabel="Sync the local index"
        >
          {status?.lastCompleteAt || status?.resumable ? 'Sync now' : 'Build local index'}
        </Button>
      </SpaceBetween>
      {status?.rebuiltBecause ? (
        <StatusIndicator type="warning">
          The index file was damaged and was rebuilt empty ({status.rebuiltBecause}). Sync to fill it again.
        </StatusIndicator>
      ) : null}
    </div>
  );
}

function describe(status: IndexStatusView | undefined, syncedSoFar: number | undefined) {
  if (!status) return <StatusIndicator type="loading">Reading the local index</StatusIndicator>;
  if (status.syncJobId) {
    return (
      <StatusIndicator type="in-progress">
        Syncing the local index: {count.format(syncedSoFar ?? 0)} users read so far
        {status.lastCompleteAt ? ` (last complete ${timeAgo(status.lastCompleteAt)})` : ''}
      </StatusIndicator>
    );
  }
  if (!status.lastCompleteAt) {
    if (status.resumable)
      return (
        <StatusIndicator type="stopped">
          A sync stopped before its end ({count.format(status.users)} users so far): Sync now continues it.
        </StatusIndicator>
      );
    return (
      <span title="Build the index to search every attribute and page any number of users on this computer.">
        No local index yet: the grid lists users from Cognito.
      </span>
    );
  }
  const age = Date.now() - new Date(status.lastCompleteAt).getTime();
  const text = `Local index: ${count.format(status.users)} users, last complete ${timeAgo(status.lastCompleteAt)}`;
  return age > DAY_MS ? (
    <StatusIndicator type="warning">{text}: changes since then are not in it.</StatusIndicator>
  ) : (
    <StatusIndicator type="success">{text}</StatusIndicator>
  );
}
