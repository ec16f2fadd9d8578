/** One job's progress in the split panel (filled in with the jobs store). */
export function JobPanel({ jobId }: { jobId: string }) {
  return <div>{jobId}</div>;
}
