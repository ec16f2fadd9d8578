import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { Finding, FindingAction, FindingStatus } from '../../../shared/preflight/types';

const STATUS: Record<FindingStatus, { type: StatusIndicatorProps.Type; label: string }> = {
  pass: { type: 'success', label: 'Pass' },
  warn: { type: 'warning', label: 'Warning' },
  fail: { type: 'error', label: 'Fail' },
  unknown: { type: 'info', label: 'Could not check' },
};

/** The button says what it does; its accessible name also names the target. */
export function actionLabel(action: FindingAction): { text: string; aria: string } {
  if (action.kind === 'create-identity') {
    return { text: 'Create this identity', aria: `Create identity ${action.identity} in ${action.region}` };
  }
  if (action.kind === 'create-configuration-set') {
    return {
      text: 'Create this configuration set',
      aria: `Create configuration set ${action.name} in ${action.region}`,
    };
  }
  return { text: 'Request production access', aria: `Request production access in ${action.region}` };
}

interface Props {
  findings: Finding[];
  /** Read-only profiles see the fix but no button that writes. */
  readOnly: boolean;
  busyRule?: string;
  onAction: (finding: Finding, action: FindingAction) => void;
}

/** One row per rule: status, why, the fix, and a button where the console can apply it. */
export function FindingsTable({ findings, readOnly, busyRule, onAction }: Props) {
  return (
    <Table
      variant="embedded"
      items={findings}
      trackBy="rule"
      wrapLines
      columnDefinitions={[
        {
          id: 'status',
          header: 'Result',
          width: 150,
          cell: (f) => (
            <span data-testid={`finding-${f.rule}`} data-status={f.status}>
              <StatusIndicator type={STATUS[f.status].type}>{STATUS[f.status].label}</StatusIndicator>
            </span>
          ),
        },
        { id: 'title', header: 'Check', width: 190, cell: (f) => <b>{f.title}</b>, isRowHeader: true },
        {
          id: 'why',
          header: 'Why',
          cell: (f) => (
            <SpaceBetween size="xxs">
              <span>{f.why}</span>
              {f.fix && f.status !== 'pass' ? <Box color="text-body-secondary">Fix: {f.fix}</Box> : null}
            </SpaceBetween>
          ),
        },
        {
          id: 'action',
          header: 'Action',
          width: 230,
          cell: (f) => {
            const action = f.action;
            if (!action || f.status === 'pass') return null;
            const writes = action.kind !== 'request-production-access';
            const label = actionLabel(action);
            return (
              <Button
                loading={busyRule === f.rule}
                disabled={writes && readOnly}
                ariaLabel={label.aria}
                onClick={() => onAction(f, action)}
              >
                {label.text}
              </Button>
            );
          },
        },
      ]}
    />
  );
}

/** "2 failures, 1 warning" for a header. */
export function summary(findings: readonly Finding[]): string {
  const fails = findings.filter((f) => f.status === 'fail').length;
  const warns = findings.filter((f) => f.status === 'warn').length;
  const unknown = findings.filter((f) => f.status === 'unknown').length;
  const parts = [
    fails ? `${fails} ${fails === 1 ? 'failure' : 'failures'}` : '',
    warns ? `${warns} ${warns === 1 ? 'warning' : 'warnings'}` : '',
    unknown ? `${unknown} not checked` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'All checks pass';
}
