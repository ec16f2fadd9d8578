import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Modal from '@cloudscape-design/components/modal';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api';
import { call, toApiError } from '../../api';
import { ErrorAlert } from '../../components/error-alert';
import type { PoolRef } from '../../stores/pool-config';

type Format = 'json' | 'cloudformation';

/** The pool's configuration as create requests (JSON) or a CloudFormation template, to copy. No secrets, no ids. */
export function ExportModal({ poolRef, onClose }: { poolRef: PoolRef; onClose: () => void }) {
  const [format, setFormat] = useState<Format>('json');
  const [texts, setTexts] = useState<Record<Format, string> | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  useEffect(() => {
    call('userPools:export', poolRef)
      .then((r) => setTexts({ json: `${JSON.stringify(r.data, null, 2)}\n`, cloudformation: r.cloudFormation }))
      .catch((e: unknown) => setError(toApiError(e)));
  }, [poolRef]);
  const text = texts?.[format];
  return (
    <Modal
      visible
      size="large"
      onDismiss={onClose}
      header="Export configuration"
      data-testid="export-modal"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            {text ? (
              <CopyToClipboard
                variant="button"
                textToCopy={text}
                copyButtonText={format === 'json' ? 'Copy JSON' : 'Copy template'}
                copySuccessText="Copied"
                copyErrorText="Copy failed"
              />
            ) : null}
            <Button variant="primary" onClick={onClose}>
              Close
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <SegmentedControl
          selectedId={format}
          onChange={(e) => setFormat(e.detail.selectedId as Format)}
          label="Format"
          options={[
            { id: 'json', text: 'JSON (create requests)' },
            { id: 'cloudformation', text: 'CloudFormation (YAML)' },
          ]}
        />
        <Box variant="small" color="text-body-secondary">
          {format === 'json'
            ? 'CreateUserPool, CreateUserPoolClient and CreateGroup inputs; the console and the CLI can create a pool from it. Client secrets are regenerated, never exported.'
            : 'AWS::Cognito::UserPool, UserPoolClient and UserPoolGroup resources.'}
        </Box>
        {error ? <ErrorAlert error={error} /> : null}
        {!text && !error ? <Spinner /> : null}
        {text ? (
          <Box variant="pre" data-testid="export-text" fontSize="body-s">
            {text}
          </Box>
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}
