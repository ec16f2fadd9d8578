import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { SesIdentity } from '../../../shared/model/ses';

/** The BIND zone lines, built here too so the renderer needs no call for a copy button. */
function bind(identity: SesIdentity): string {
  return identity.dkimRecords.map((r) => `${r.name}. 1800 IN CNAME ${r.value}.`).join('\n');
}

/** The three Easy DKIM CNAME records of a domain, copyable one by one and as a zone-file snippet. */
export function DkimRecords({ identity }: { identity: SesIdentity }) {
  const records = identity.dkimRecords;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description={`DKIM status: ${identity.dkimStatus ?? 'unknown'}. Publish these CNAME records at your DNS provider.`}
          actions={
            records.length > 0 ? (
              <CopyToClipboard
                variant="button"
                textToCopy={bind(identity)}
                copyButtonText="Copy as BIND zone lines"
                copySuccessText="Zone lines copied"
                copyErrorText="Could not copy"
              />
            ) : undefined
          }
        >
          DKIM records for {identity.name}
        </Header>
      }
    >
      {records.length === 0 ? (
        <Box color="text-body-secondary" data-testid="no-dkim-records">
          The endpoint returned no DKIM tokens for this domain, so there are no records to publish yet.
        </Box>
      ) : (
        <SpaceBetween size="s">
          <Table
            variant="embedded"
            items={records}
            trackBy="name"
            wrapLines
            columnDefinitions={[
              { id: 'type', header: 'Type', cell: (r) => r.type },
              {
                id: 'name',
                header: 'Name',
                cell: (r) => (
                  <CopyToClipboard
                    variant="inline"
                    textToCopy={r.name}
                    copySuccessText="Name copied"
                    copyErrorText="Could not copy"
                  />
                ),
              },
              {
                id: 'value',
                header: 'Value',
                cell: (r) => (
                  <CopyToClipboard
                    variant="inline"
                    textToCopy={r.value}
                    copySuccessText="Value copied"
                    copyErrorText="Could not copy"
                  />
                ),
              },
            ]}
          />
        </SpaceBetween>
      )}
    </Container>
  );
}
