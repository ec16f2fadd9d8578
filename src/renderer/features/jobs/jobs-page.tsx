import { ComingSoon } from '../shell/coming-soon';

/** Running and finished jobs (Users & groups issue #5 fills this in). */
export function JobsPage() {
  return (
    <ComingSoon title="Jobs" description="Running and finished jobs with progress, results and failure reports." />
  );
}
