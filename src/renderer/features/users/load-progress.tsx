import ProgressBar from '@cloudscape-design/components/progress-bar';

const count = new Intl.NumberFormat();

/** "1,260 of ~5,000 users": the estimate is DescribeUserPool's, approximate, so it is shown with a tilde and capped. */
export function LoadProgress({ loaded, estimated }: { loaded: number; estimated: number | undefined }) {
  const known = estimated !== undefined && estimated > 0;
  const value = known ? Math.min(99, Math.floor((loaded / Math.max(estimated, loaded)) * 100)) : undefined;
  const description = known
    ? `${count.format(loaded)} of ~${count.format(Math.max(estimated, loaded))} users`
    : `${count.format(loaded)} users loaded`;
  return (
    <div data-testid="users-progress">
      <ProgressBar label="Loading users" value={value ?? 0} description={description} />
    </div>
  );
}
