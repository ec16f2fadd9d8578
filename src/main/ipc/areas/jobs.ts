import type { jobChannels } from '../../../shared/ipc/areas/jobs';
import { AppError } from '../../../shared/ipc/errors';
import { bulkJob } from '../../jobs/bulk-job';
import { importJob } from '../../jobs/import-job';
import { jobDir } from '../../jobs/job-files';
import { resolvedTargetsJob } from '../../jobs/resolved-targets';
import type { JobInit } from '../../jobs/runner';
import { readCheckpoint } from '../../services/export/checkpoint';
import { resumeExportJob } from '../../services/export/export-job';
import { exportJob, exportPath } from '../../services/export/export-file';
import type { ActionParams } from '../../services/user-index/change-edits';
import { actionEdit, EditBatcher } from '../../services/user-index/change-edits';
import { matchingUsernames } from '../../services/user-index/matching';
import type { BulkAction } from '../../../shared/model/jobs';
import type { IndexSelection } from '../../../shared/model/user-index';
import type { PoolRef } from '../../../shared/model/users';
import type { AreaHandlers, HandlerDeps } from '../handler-deps';
import { awsFor } from '../handler-deps';
import { poolImportHeader } from './users';

/**
 * Bulk and export jobs take their quota's tokens and retry each call themselves, so their clients skip the SDK's
 * adaptive layer. The import job makes a handful of calls with no retry of its own: it keeps the UI clients.
 */
const JOB = { purpose: 'job' } as const;

/** The starting window's label and pool name replace main's terser label (display only). */
const display = (req: { label?: string; poolName?: string }) => ({
  ...(req.label ? { label: req.label } : {}),
  ...(req.poolName ? { poolName: req.poolName } : {}),
});

/** The most users an index selection may name: the job holds their names in main's memory. */
const MAX_INDEX_SELECTION = 1_000_000;

/**
 * A job on every user matching an index selection: the index names the users when the job runs (the values come
 * from Cognito: a bulk action calls it per user, an export reads each user with AdminGetUser). A selection with
 * neither search nor filters is the whole pool, which comes from a fresh ListUsers scan instead (`make(undefined)`).
 */
function selectionJob(
  deps: HandlerDeps,
  ref: PoolRef,
  selection: IndexSelection | undefined,
  make: (usernames: string[] | undefined) => JobInit,
): JobInit {
  if (!selection || (!selection.search?.trim() && !selection.filters?.length)) return make(undefined);
  const index = deps.indexes.get(ref);
  return resolvedTargetsJob(
    make,
    (signal) => matchingUsernames(index, selection, signal, MAX_INDEX_SELECTION),
    (label) => `${label.replace(/ · .*$/, '')} · users matching the local index`,
  );
}

/** Writes a bulk action's changes into the pool's local index as the job goes, where the action's effect is known. */
function indexChanges(
  deps: HandlerDeps,
  req: PoolRef & { action: BulkAction } & ActionParams,
): EditBatcher | undefined {
  const ref = { profile: req.profile, region: req.region, userPoolId: req.userPoolId };
  if (!actionEdit(req.action, [], req)) return undefined;
  return new EditBatcher((usernames) => {
    const edit = actionEdit(req.action, usernames, req);
    return deps.indexes.applyEdits(ref, edit ? [edit] : []);
  });
}

export function jobHandlers(deps: HandlerDeps): AreaHandlers<typeof jobChannels> {
  const { jobs } = deps;
  return {
    'jobs:start-bulk': async ({ indexSelection, ...req }, ctx) => {
      const { cognitoIdp: idp } = await awsFor(deps, req, ctx, JOB);
      const throttle = deps.limits.throttleFor(req.profile, req.region);
      const init = selectionJob(deps, req, indexSelection, (usernames) =>
        bulkJob({ ...req, ...(usernames ? { usernames } : {}), idp, throttle, changes: indexChanges(deps, req) }),
      );
      return { jobId: jobs.start({ ...init, ...display(req) }, (p) => ctx.emit('jobs:progress', p)) };
    },
    'jobs:start-export': async ({ indexSelection, ...req }, ctx) => {
      const { cognitoIdp: idp } = await awsFor(deps, req, ctx, JOB);
      const file = await exportPath(deps, req.userPoolId, req.format);
      const throttle = deps.limits.throttleFor(req.profile, req.region);
      const init = selectionJob(deps, req, indexSelection, (usernames) =>
        exportJob({ ...req, ...(usernames ? { usernames } : {}), idp, file, throttle }),
      );
      return { jobId: jobs.start({ ...init, ...display(req) }, (p) => ctx.emit('jobs:progress', p)) };
    },
    'jobs:resume-export': async ({ jobId }, ctx) => {
      const checkpoint = await readCheckpoint(jobDir(deps.dataDir, jobId));
      const { profile, region } = checkpoint.inputs;
      const { cognitoIdp: idp } = await awsFor(deps, { profile, region }, ctx, JOB);
      const init = resumeExportJob(checkpoint, { idp, throttle: deps.limits.throttleFor(profile, region) });
      return { jobId: jobs.start(init, (p) => ctx.emit('jobs:progress', p)) };
    },
    'jobs:start-import': async (req, ctx) => {
      const header = await poolImportHeader(deps, req, ctx);
      const { cognitoIdp: idp } = await awsFor(deps, req, ctx);
      const init = importJob({ ...req, idp, header });
      return { jobId: jobs.start({ ...init, ...display(req) }, (p) => ctx.emit('jobs:progress', p)) };
    },
    'jobs:list': () => Promise.resolve(jobs.list()),
    'jobs:get': ({ jobId }) => Promise.resolve(jobs.get(jobId)),
    'jobs:cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return Promise.resolve(null);
    },
    'jobs:retry-failures': ({ jobId }, ctx) => {
      // The request names no profile, so the router cannot check read-only: a bulk retry writes, so check here.
      const { kind, profile } = jobs.kindOf(jobId);
      if (kind === 'bulk' && deps.settings.isReadOnly(profile)) {
        return Promise.reject(
          new AppError('FORBIDDEN', `Profile "${profile}" is read-only: retrying a bulk job was refused.`, {
            hint: 'Turn read-only off for this profile in Settings to make changes.',
          }),
        );
      }
      return Promise.resolve({ jobId: jobs.retryFailures(jobId, (p) => ctx.emit('jobs:progress', p)) });
    },
  };
}
