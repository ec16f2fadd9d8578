import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { SesTemplateSummary } from '../../../shared/model/ses-templates';
import { ErrorAlert } from '../../components/error-alert';
import type { Loaded } from '../../lib/use-load';
import type { ConnectedRef } from '../../lib/use-connected-ref';
import { navigate } from '../../lib/use-hash-route';
import { usePoolConfig } from '../../stores/pool-config';
import { SesCreateModal } from './ses-create-modal';
import { sesDraftKey, sesTemplateHref } from './use-ses-templates-guard';

interface Props {
  connected: ConnectedRef | undefined;
  templates: Loaded<SesTemplateSummary[]>;
  selected: string | undefined;
  readOnly: boolean;
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The profile's SES email templates (ListEmailTemplates, all pages): open one, or create one. */
export function SesTemplatesSection({ connected, templates, selected, readOnly }: Props) {
  const [creating, setCreating] = useState(false);
  const drafts = usePoolConfig((s) => s.drafts);
  const items = templates.data ?? [];
  return (
    <SpaceBetween size="s">
      {templates.error ? <ErrorAlert error={templates.error} onRetry={templates.reload} /> : null}
      <Table
        header={
          <Header
            variant="h2"
            counter={templates.data ? `(${items.length})` : undefined}
            description="Email templates of this profile and region (SES v2), sent with SendEmail and template data."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh SES templates" onClick={templates.reload} />
                <Button disabled={!connected || readOnly} onClick={() => setCreating(true)}>
                  Create template
                </Button>
              </SpaceBetween>
            }
          >
            SES email templates
          </Header>
        }
        variant="container"
        loading={!templates.data && !templates.error}
        loadingText="Loading SES templates"
        items={items}
        trackBy="name"
        selectionType="single"
        selectedItems={items.filter((t) => t.name === selected)}
        onSelectionChange={(e) => {
          const name = e.detail.selectedItems[0]?.name;
          if (name) navigate(sesTemplateHref(name));
        }}
        ariaLabels={{ itemSelectionLabel: (_s, t) => t.name, selectionGroupLabel: 'SES email templates' }}
        empty={<Box color="text-body-secondary">No SES email templates in this region. Create one.</Box>}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Template',
            isRowHeader: true,
            cell: (t) => <Link href={sesTemplateHref(t.name)}>{t.name}</Link>,
          },
          {
            id: 'state',
            header: 'Text',
            cell: (t) =>
              connected && sesDraftKey(connected, t.name) in drafts ? (
                <Badge color="grey">Unsaved changes</Badge>
              ) : (
                <Badge color="blue">Customized</Badge>
              ),
          },
          { id: 'created', header: 'Created', cell: (t) => (t.createdAt ? when.format(new Date(t.createdAt)) : '-') },
          { id: 'used', header: 'Used for', cell: () => 'SendEmail / SendBulkEmail with template data' },
        ]}
      />
      {creating && connected ? (
        <SesCreateModal
          connected={connected}
          onCancel={() => setCreating(false)}
          onCreated={(t) => {
            setCreating(false);
            templates.reload();
            navigate(sesTemplateHref(t.name));
          }}
        />
      ) : null}
    </SpaceBetween>
  );
}
