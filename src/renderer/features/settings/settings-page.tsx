import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Toggle from '@cloudscape-design/components/toggle';
import type { Settings } from '../../../shared/model/settings';
import { toApiError } from '../../api';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';
import { IndexSyncForm } from './index-sync-form';
import { RateLimitsForm } from './rate-limits-form';

/**
 * Theme, which profiles are read-only (then the console makes no write call with them), request rates, and the
 * local index sync's share of UserList.
 */
export function SettingsPage() {
  const { profiles, settings, setReadOnly, setTheme } = useSession();
  const toastError = useUi((s) => s.toastError);
  const guard = (work: Promise<void>): void => {
    work.catch((e: unknown) => toastError(toApiError(e)));
  };
  return (
    <SpaceBetween size="l">
      <Header variant="h1">Settings</Header>
      <Container header={<Header variant="h2">Appearance</Header>}>
        <FormField label="Theme" description="System follows the operating system's light or dark mode.">
          <SegmentedControl
            selectedId={settings?.theme ?? 'system'}
            onChange={(e) => guard(setTheme(e.detail.selectedId as Settings['theme']))}
            label="Theme"
            options={[
              { id: 'system', text: 'System' },
              { id: 'light', text: 'Light' },
              { id: 'dark', text: 'Dark' },
            ]}
          />
        </FormField>
      </Container>
      <Table
        header={
          <Header
            variant="h2"
            description="A read-only profile can look at everything; every change is refused before any AWS call."
          >
            Profiles
          </Header>
        }
        items={profiles}
        trackBy="name"
        columnDefinitions={[
          { id: 'name', header: 'Profile', cell: (p) => p.name },
          { id: 'kind', header: 'Credentials', cell: (p) => p.kind },
          { id: 'region', header: 'Region', cell: (p) => p.region ?? '-' },
          {
            id: 'readOnly',
            header: 'Read-only',
            cell: (p) => (
              <Toggle
                checked={p.readOnly}
                onChange={(e) => guard(setReadOnly(p.name, e.detail.checked))}
                ariaLabel={`Read-only for ${p.name}`}
              >
                {p.readOnly ? 'Read-only' : 'Read-write'}
              </Toggle>
            ),
          },
        ]}
      />
      <RateLimitsForm />
      <IndexSyncForm />
    </SpaceBetween>
  );
}
