import { ComingSoon } from '../shell/coming-soon';

/** Running and finished jobs (filled in with the jobs store). */
export function JobsPage(_props: { theme: 'light' | 'dark' }) {
  return (
    <ComingSoon title="Jobs" description="Running and finished jobs with progress, results and failure reports." />
  );
}
