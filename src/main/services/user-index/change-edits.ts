import type { BulkAction } from '../../../shared/model/jobs';
import type { UserAction } from '../../../shared/model/users';
import type { IndexEdit } from './edits';

export interface ActionParams {
  attributeName?: string;
  attributeValue?: string;
}

/**
 * What an action is known to change in the users' stored rows, without reading them back: undefined for actions
 * that change nothing the index holds (group membership, sign-out, an invitation) or whose result Cognito decides
 * (a password reset's status depends on the user's verified contacts: single users are read back instead).
 */
export function actionEdit(
  action: BulkAction | UserAction,
  usernames: string[],
  params: ActionParams = {},
  now = new Date(),
): IndexEdit | undefined {
  const patch = { kind: 'patch' as const, usernames, lastModifiedAt: now.toISOString() };
  switch (action) {
    case 'enable':
      return { ...patch, enabled: true };
    case 'disable':
      return { ...patch, enabled: false };
    case 'confirm-sign-up':
      return { ...patch, status: 'CONFIRMED' };
    case 'set-attribute':
      return params.attributeName
        ? { ...patch, attributes: { [params.attributeName]: params.attributeValue ?? '' } }
        : undefined;
    case 'delete':
      return { kind: 'remove', usernames };
    default:
      return undefined;
  }
}

/**
 * Collects the users a bulk job changed and writes them to the index in batches (one worker call per `size` users
 * or `ms` milliseconds), so the grid shows a long job's progress and a million changes cost a few hundred calls.
 */
export class EditBatcher {
  private pending: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly write: (usernames: string[]) => Promise<unknown>,
    private readonly size = 500,
    private readonly ms = 1_000,
  ) {}

  changed(username: string): void {
    this.pending.push(username);
    if (this.pending.length >= this.size) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.ms);
  }

  /** Writes what is pending; resolves once every earlier write has ended (a failed write is the writer's to report). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) this.writing = this.writing.then(() => this.write(batch)).catch(() => undefined);
    return this.writing.then(() => undefined);
  }
}
