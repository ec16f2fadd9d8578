import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { CustomAttribute } from '../../../shared/model/custom-attributes';
import { MAX_CUSTOM_ATTRIBUTES } from '../../../shared/model/custom-attributes';
import type { ApiError } from '../../api';
import { toApiError } from '../../api';
import { usePoolConfig } from '../../stores/pool-config';
import { useUi } from '../../stores/ui';
import { AddAttributeModal } from './add-attribute-modal';
import { FixedSettings } from './fixed-settings';
import type { SectionProps } from './section-props';

const range = (lo: string | undefined, hi: string | undefined): string =>
  lo === undefined && hi === undefined ? '' : `${lo ?? ''}..${hi ?? ''}`;

/** Sign-in identifiers (fixed) and the attribute schema, where custom attributes can be added. */
export function SignInSection({ poolRef, config, readOnly }: SectionProps) {
  const addAttributes = usePoolConfig((s) => s.addAttributes);
  const toast = useUi((s) => s.toast);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const customCount = config.fixed.schema.filter((a) => a.custom).length;

  const add = async (attribute: CustomAttribute): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await addAttributes(poolRef, [attribute]);
      toast({ type: 'success', header: `Added custom:${attribute.Name}` });
      setAdding(false);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SpaceBetween size="l">
      <FixedSettings config={config} />
      <Table
        data-testid="attribute-table"
        items={config.fixed.schema}
        trackBy="name"
        variant="container"
        ariaLabels={{ tableLabel: 'Attributes' }}
        header={
          <Header
            variant="h2"
            counter={`(${config.fixed.schema.length})`}
            description={`${customCount} of ${MAX_CUSTOM_ATTRIBUTES} custom attributes used.`}
            actions={
              readOnly ? undefined : (
                <Button onClick={() => setAdding(true)} disabled={customCount >= MAX_CUSTOM_ATTRIBUTES}>
                  Add custom attribute
                </Button>
              )
            }
          >
            Attributes
          </Header>
        }
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (a) => a.name },
          { id: 'type', header: 'Type', cell: (a) => a.dataType ?? '' },
          { id: 'required', header: 'Required', cell: (a) => (a.required ? 'Yes' : 'No') },
          { id: 'mutable', header: 'Mutable', cell: (a) => (a.mutable ? 'Yes' : 'No') },
          {
            id: 'range',
            header: 'Length / range',
            cell: (a) => range(a.minLength ?? a.minValue, a.maxLength ?? a.maxValue),
          },
        ]}
      />
      {adding ? (
        <AddAttributeModal busy={busy} error={error} onCancel={() => setAdding(false)} onAdd={(a) => void add(a)} />
      ) : null}
    </SpaceBetween>
  );
}
