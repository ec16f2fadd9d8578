import SplitPanel from '@cloudscape-design/components/split-panel';
import { useEffect } from 'react';
import { useJobs } from '../../stores/jobs';
import { usePanel } from '../../stores/users-panel';
import { JobPanel } from '../jobs/job-panel';
import { UserDetailPanel } from './user-detail-panel';

const I18N = {
  closeButtonAriaLabel: 'Close panel',
  openButtonAriaLabel: 'Open panel',
  preferencesTitle: 'Panel preferences',
  preferencesPositionLabel: 'Panel position',
  preferencesPositionDescription: 'Show the panel at the bottom or at the side.',
  preferencesPositionSide: 'Side',
  preferencesPositionBottom: 'Bottom',
  preferencesConfirm: 'Confirm',
  preferencesCancel: 'Cancel',
  preferencesCloseAriaLabel: 'Close',
  resizeHandleAriaLabel: 'Resize panel',
};

/** Esc closes the panel, unless it was meant for a modal or a menu open above it. */
function useEscapeCloses(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);
}

/** The app's one split panel (../shared/UI.md): a user's detail or a job's progress; never navigates away. */
export function DetailSplitPanel() {
  const target = usePanel((s) => s.target);
  const close = usePanel((s) => s.close);
  const jobLabel = useJobs((s) => (target?.kind === 'job' ? s.summaries[target.jobId]?.label : undefined));
  useEscapeCloses(target !== undefined, close);
  if (!target) return null;
  if (target.kind === 'job') {
    return (
      <SplitPanel header={jobLabel ?? 'Job'} headerDescription="Job" closeBehavior="hide" i18nStrings={I18N}>
        <JobPanel jobId={target.jobId} />
      </SplitPanel>
    );
  }
  return (
    <SplitPanel
      header={target.label ?? target.username}
      headerDescription={target.label ? `User ${target.username}` : 'User'}
      closeBehavior="hide"
      i18nStrings={I18N}
    >
      <UserDetailPanel poolRef={target.ref} username={target.username} />
    </SplitPanel>
  );
}
