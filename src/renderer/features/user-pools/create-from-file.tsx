import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { PoolExport } from '../../../shared/model/pool-export';
import { poolExportSchema } from '../../../shared/model/pool-export';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { navigate } from '../../lib/use-hash-route';
import { usePools } from '../../stores/pools';
import { useUi } from '../../stores/ui';

/** An export is a few hundred KB at most; anything far larger is not one. */
const MAX_BYTES = 10 * 1024 * 1024;

/** Reads and checks a pool export file; the problem is said in words, never as a parse stack. */
async function readExport(file: File): Promise<{ data?: PoolExport; problem?: string }> {
  if (file.size > MAX_BYTES) return { problem: `${file.name} is larger than 10 MB: not a pool export.` };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { problem: `${file.name} is not JSON.` };
  }
  const parsed = poolExportSchema.safeParse(json);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${file.name}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'not a pool export'}` };
}

const list = (values: unknown[]) => values.map(String).join(', ') || 'None';

/** What the file will create, before anything is sent. */
function Summary({ data }: { data: PoolExport }) {
  const pool = data.pool;
  const schema = Array.isArray(pool.Schema) ? (pool.Schema as { Name?: string }[]) : [];
  return (
    <KeyValuePairs
      columns={2}
      items={[
        { label: 'Pool name in the file', value: String(pool.PoolName) },
        { label: 'Settings', value: `${Object.keys(pool).length} top-level settings` },
        {
          label: 'Sign-in (fixed at creation)',
          value: list(Array.isArray(pool.UsernameAttributes) ? pool.UsernameAttributes : ['username']),
        },
        { label: 'Attributes (fixed at creation)', value: list(schema.map((a) => a.Name)) },
        { label: `App clients (${data.clients.length})`, value: list(data.clients.map((c) => c.ClientName)) },
        { label: `Groups (${data.groups.length})`, value: list(data.groups.map((g) => g.GroupName)) },
      ]}
    />
  );
}

/** "Create pool from file": a pool export (JSON) shown, then created with its clients and groups. */
export function CreateFromFileButton({ profile, region }: { profile: string; region: string }) {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [data, setData] = useState<PoolExport | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const load = usePools((s) => s.load);
  const toast = useUi((s) => s.toast);

  const close = () => {
    setOpen(false);
    setFiles([]);
    setData(undefined);
    setProblem(undefined);
    setName('');
    setError(undefined);
  };
  const choose = async (chosen: File[]) => {
    setFiles(chosen);
    setData(undefined);
    setProblem(undefined);
    const file = chosen[0];
    if (!file) return;
    const result = await readExport(file);
    setData(result.data);
    setProblem(result.problem);
    setName(result.data ? String(result.data.pool.PoolName) : '');
  };
  const create = async (source: PoolExport) => {
    setBusy(true);
    setError(undefined);
    try {
      const poolName = name.trim() && name.trim() !== source.pool.PoolName ? name.trim() : undefined;
      const { userPoolId } = await call('userPools:create-from-export', { profile, region, data: source, poolName });
      toast({ type: 'success', header: `Created user pool ${poolName ?? String(source.pool.PoolName)} from the file` });
      close();
      void load({ profile, region });
      navigate(`#/pools/${userPoolId}/overview`);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>Create pool from file</Button>
      <Modal
        visible={open}
        onDismiss={close}
        size="large"
        header="Create a user pool from an export file"
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={close}>
                Cancel
              </Button>
              <Button variant="primary" disabled={!data} loading={busy} onClick={() => data && void create(data)}>
                Create pool
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        <SpaceBetween size="m">
          {error ? <ErrorAlert error={error} /> : null}
          <FormField
            label="Pool export (JSON)"
            description="A file saved by Export config (or `cognito-console pool export --format json`)."
            errorText={problem}
          >
            <FileUpload
              value={files}
              accept="application/json,.json"
              onChange={(e) => void choose(e.detail.value)}
              i18nStrings={{
                uploadButtonText: () => 'Choose file',
                dropzoneText: () => 'Drop the export file here',
                removeFileAriaLabel: () => 'Remove file',
                limitShowFewer: 'Show fewer files',
                limitShowMore: 'Show more files',
                errorIconAriaLabel: 'Error',
              }}
            />
          </FormField>
          {data ? (
            <>
              <Alert type="info" header={`Will create in ${profile} · ${region}`}>
                A new pool with these settings, then its app clients (new ids and secrets) and groups. Users are not
                part of an export.
              </Alert>
              <Summary data={data} />
              <FormField label="New pool name" description="Defaults to the name in the file.">
                <Input value={name} ariaLabel="New pool name" onChange={(e) => setName(e.detail.value)} />
              </FormField>
            </>
          ) : null}
        </SpaceBetween>
      </Modal>
    </>
  );
}
