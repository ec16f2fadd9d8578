import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/model/jobs';
import type { PoolRef } from '../../../shared/model/users';
import { ErrorAlert } from '../../components/error-alert';
import { useJobs } from '../../stores/jobs';
import type { Scope, ScopeInput } from './job-scope';
import { defaultScope, scopeTargets, targetFields } from './job-scope';
import { ScopePicker } from './scope-picker';
import { useWrite } from './use-write';
import { ModalFooter } from '../../components/modal-footer';

const FORMATS: { value: ExportFormat; label: string; description: string }[] = [
  {
    value: 'csv',
    label: 'CSV',
    description: 'Every attribute, one column each (RFC 4180; formula-looking cells neutralized)',
  },
  {
    value: 'cognito-csv',
    label: 'Cognito import CSV',
    description:
      'The user import format (GetCSVHeader columns), to re-import into a pool; values it cannot carry are reported',
  },
  { value: 'json', label: 'JSON', description: 'One array of users' },
  { value: 'ndjson', label: 'NDJSON', description: 'One user per line' },
];

interface Props {
  poolRef: PoolRef;
  input: ScopeInput;
  onCancel: () => void;
  onStarted: (jobId: string) => void;
}

/** Export as a job: main streams the file (never held whole in memory) and names its path when done. */
export function ExportModal({ poolRef, input, onCancel, onStarted }: Props) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [groups, setGroups] = useState(false);
  const [bom, setBom] = useState(false);
  const [scope, setScope] = useState<Scope>(() =>
    input.selected.length ? 'selected' : defaultScope({ ...input, matches: undefined, indexMatches: undefined }),
  );
  const startExport = useJobs((s) => s.startExport);
  const { busy, error, run } = useWrite();

  const start = async (): Promise<void> => {
    const targets = scopeTargets(scope, input);
    const label = `Export ${format}${targets.count === undefined ? '' : ` of ${targets.count} users`} from ${input.poolName}`;
    await run('start', async () => {
      const jobId = await startExport(
        {
          ...poolRef,
          format,
          ...(format !== 'cognito-csv' && groups ? { groups: true } : {}),
          ...(format === 'csv' && bom ? { bom: true } : {}),
          ...targetFields(targets),
        },
        label,
      );
      onStarted(jobId);
    });
  };

  return (
    <Modal
      visible
      onDismiss={onCancel}
      header="Export users"
      footer={
        <ModalFooter onCancel={onCancel} loading={busy === 'start'} onConfirm={() => void start()}>
          Start export
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        {error ? <ErrorAlert error={error} /> : null}
        <FormField label="Format">
          <RadioGroup value={format} onChange={(e) => setFormat(e.detail.value as ExportFormat)} items={FORMATS} />
        </FormField>
        <FormField label="Options">
          <SpaceBetween size="xs">
            <Checkbox
              checked={groups}
              disabled={format === 'cognito-csv'}
              onChange={(e) => setGroups(e.detail.checked)}
            >
              Add a groups column (one extra call per user: slower)
            </Checkbox>
            <Checkbox checked={bom} disabled={format !== 'csv'} onChange={(e) => setBom(e.detail.checked)}>
              Byte order mark, so Excel reads the file as UTF-8
            </Checkbox>
          </SpaceBetween>
        </FormField>
        <FormField label="Users">
          <ScopePicker value={scope} onChange={setScope} input={input} />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
