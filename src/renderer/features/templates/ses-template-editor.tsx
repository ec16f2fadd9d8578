import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useMemo, useState } from 'react';
import type { SesTemplate } from '../../../shared/model/ses-templates';
import { sesTemplateSchema } from '../../../shared/model/ses-templates';
import { hasErrors } from '../../../shared/templates/lint';
import { sampleSesData } from '../../../shared/templates/ses-fill';
import { call, toApiError } from '../../api';
import type { ApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import { TypedConfirmModal } from '../../components/typed-confirm-modal';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { useLoad } from '../../lib/use-load';
import { usePoolConfig } from '../../stores/pool-config';
import { lintSesTemplate, SesTemplateFields } from './ses-template-fields';
import { exportTemplate, SesImportModal } from './ses-template-files';
import { parseData, SesTemplatePreview } from './ses-template-preview';
import { SesTestSend } from './ses-test-send';
import { sesDraftKey } from './use-ses-templates-guard';

interface Props {
  connected: ConnectedRef;
  name: string;
  readOnly: boolean;
  dark: boolean;
  onDeleted: () => void;
}

const same = (a: SesTemplate, b: SesTemplate): boolean =>
  a.subject === b.subject && a.html === b.html && a.text === b.text;

/** One SES template: edit with lint, preview locally and with SES, save (UpdateEmailTemplate), export, delete. */
export function SesTemplateEditor({ connected, name, readOnly, dark, onDeleted }: Props) {
  const loaded = useLoad(`${connected.profile}\u0000${connected.region}\u0000${name}`, () =>
    call('sesTemplates:get', { ...connected, name }),
  );
  const [saved, setSaved] = useState<SesTemplate | undefined>();
  const current = saved ?? loaded.data;
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return <StatusIndicator type="loading">Loading {name}</StatusIndicator>;
  return (
    <Loaded
      key={current.name}
      connected={connected}
      saved={current}
      readOnly={readOnly}
      dark={dark}
      onSaved={setSaved}
      onDeleted={onDeleted}
    />
  );
}

interface LoadedProps {
  connected: ConnectedRef;
  saved: SesTemplate;
  readOnly: boolean;
  dark: boolean;
  onSaved: (t: SesTemplate) => void;
  onDeleted: () => void;
}

function Loaded({ connected, saved, readOnly, dark, onSaved, onDeleted }: LoadedProps) {
  const key = sesDraftKey(connected, saved.name);
  const stored = usePoolConfig((s) => s.drafts[key]) as SesTemplate | undefined;
  const setDraft = usePoolConfig((s) => s.setDraft);
  const draft = stored ?? saved;
  const dirty = !same(draft, saved);
  const change = (next: SesTemplate) => setDraft(key, same(next, saved) ? undefined : next);
  const [dataText, setDataText] = useState(() =>
    JSON.stringify(sampleSesData(saved.subject, saved.html, saved.text), null, 2),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [done, setDone] = useState(false);
  const [modal, setModal] = useState<'delete' | 'import' | undefined>();
  const findings = useMemo(() => lintSesTemplate(draft), [draft]);
  const check = sesTemplateSchema.safeParse(draft);
  const blocked = hasErrors(findings.html) || hasErrors(findings.text) || !check.success;

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await call('sesTemplates:update', { ...connected, template: draft });
      setDraft(key, undefined);
      setDone(true);
      onSaved(result);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (confirmName: string) => {
    setBusy(true);
    try {
      await call('sesTemplates:delete', { ...connected, name: saved.name, confirmName });
      setDraft(key, undefined);
      onDeleted();
    } catch (e) {
      setError(toApiError(e));
      setModal(undefined);
      setBusy(false);
    }
  };
  return (
    <SpaceBetween size="m">
      <Header
        variant="h2"
        description="Saved with UpdateEmailTemplate, which replaces the subject and both parts."
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => exportTemplate(draft)}>Export files</Button>
            <Button disabled={readOnly} onClick={() => setModal('import')}>
              Import files
            </Button>
            <Button disabled={readOnly} onClick={() => setModal('delete')}>
              Delete
            </Button>
          </SpaceBetween>
        }
      >
        SES template {saved.name}
      </Header>
      {error ? <ErrorAlert error={error} /> : null}
      {done && !dirty ? (
        <Alert type="success" dismissible onDismiss={() => setDone(false)}>
          Saved {saved.name}.
        </Alert>
      ) : null}
      {!check.success && check.error.issues[0] ? <Alert type="error">{check.error.issues[0].message}</Alert> : null}
      <div data-testid="ses-template-editor">
        <Grid gridDefinition={[{ colspan: { default: 12, s: 6 } }, { colspan: { default: 12, s: 6 } }]}>
          <Container header={<Header variant="h2">Edit</Header>}>
            <SesTemplateFields draft={draft} readOnly={readOnly} onChange={change} />
          </Container>
          <Container header={<Header variant="h2">Preview</Header>}>
            <SesTemplatePreview
              connected={connected}
              draft={draft}
              dirty={dirty}
              dataText={dataText}
              onDataText={setDataText}
              dark={dark}
            />
          </Container>
        </Grid>
      </div>
      <SpaceBetween direction="horizontal" size="xs">
        <Button disabled={!dirty || busy} onClick={() => setDraft(key, undefined)}>
          Discard changes
        </Button>
        <Button variant="primary" disabled={readOnly || !dirty || blocked} loading={busy} onClick={() => void save()}>
          Save
        </Button>
      </SpaceBetween>
      <SesTestSend
        connected={connected}
        name={saved.name}
        data={parseData(dataText).data ? dataText : undefined}
        dirty={dirty}
        readOnly={readOnly}
      />
      {modal === 'delete' ? (
        <TypedConfirmModal
          header={`Delete SES template ${saved.name}`}
          confirmText={saved.name}
          inputLabel="Template name to confirm"
          actionLabel="Delete"
          busy={busy}
          onCancel={() => setModal(undefined)}
          onConfirm={(typed) => void remove(typed)}
        >
          DeleteEmailTemplate removes {saved.name} from {connected.region}; SendEmail calls that name it will fail.
        </TypedConfirmModal>
      ) : null}
      {modal === 'import' ? (
        <SesImportModal
          current={draft}
          onCancel={() => setModal(undefined)}
          onImport={(t) => {
            change(t);
            setModal(undefined);
          }}
        />
      ) : null}
    </SpaceBetween>
  );
}
