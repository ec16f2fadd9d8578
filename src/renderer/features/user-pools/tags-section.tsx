import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useContext, useState } from 'react';
import { SectionEditor } from './section-editor';
import { ChoiceField, SectionContext } from './section-fields';
import { sameJson } from './draft-path';
import type { SectionProps } from './section-props';

type Row = { key: string; value: string };
const toRecord = (rows: Row[]): Record<string, string> => Object.fromEntries(rows.map((r) => [r.key, r.value]));

/** Tags as rows; the draft holds the map, the rows keep order and half-typed entries. */
function TagsField() {
  const form = useContext(SectionContext);
  const tags = (form?.draft.UserPoolTags ?? {}) as Record<string, string>;
  const [rows, setRows] = useState<Row[]>(() => Object.entries(tags).map(([key, value]) => ({ key, value })));
  // Discard resets the draft: follow it (during render, React's pattern for state derived from props).
  if (!sameJson(toRecord(rows), tags)) setRows(Object.entries(tags).map(([key, value]) => ({ key, value })));
  if (!form) return null;
  const update = (next: Row[]) => {
    setRows(next);
    form.set('UserPoolTags', toRecord(next));
  };
  const duplicate = new Set(rows.map((r) => r.key)).size !== rows.length;
  return (
    <FormField
      label="Tags"
      description="Up to 50. Removing a row removes the tag."
      errorText={duplicate ? 'Each tag key can appear once' : form.errors.UserPoolTags}
    >
      <AttributeEditor
        items={rows}
        addButtonText="Add tag"
        removeButtonText="Remove"
        empty="No tags."
        isItemRemovable={() => !form.readOnly}
        disableAddButton={form.readOnly || rows.length >= 50}
        onAddButtonClick={() => update([...rows, { key: '', value: '' }])}
        onRemoveButtonClick={(e) => update(rows.filter((_, i) => i !== e.detail.itemIndex))}
        definition={[
          {
            label: 'Key',
            control: (row, i) => (
              <Input
                value={row.key}
                readOnly={form.readOnly}
                ariaLabel={`Tag key ${i + 1}`}
                onChange={(e) => update(rows.map((r, j) => (j === i ? { ...r, key: e.detail.value } : r)))}
              />
            ),
          },
          {
            label: 'Value',
            control: (row, i) => (
              <Input
                value={row.value}
                readOnly={form.readOnly}
                ariaLabel={`Tag value ${i + 1}`}
                onChange={(e) => update(rows.map((r, j) => (j === i ? { ...r, value: e.detail.value } : r)))}
              />
            ),
          },
        ]}
      />
    </FormField>
  );
}

/** Deletion protection and tags. */
export function TagsSection(props: SectionProps) {
  return (
    <SectionEditor
      {...props}
      id="tags"
      label="tags and deletion protection"
      paths={['DeletionProtection', 'UserPoolTags']}
    >
      <Container header={<Header variant="h2">Tags and deletion protection</Header>}>
        <SpaceBetween size="l">
          <ChoiceField
            path="DeletionProtection"
            label="Deletion protection"
            options={[
              { value: 'ACTIVE', label: 'Active', description: 'The pool cannot be deleted until this is turned off.' },
              { value: 'INACTIVE', label: 'Inactive', description: 'The pool can be deleted (after typing its name).' },
            ]}
          />
          <TagsField />
        </SpaceBetween>
      </Container>
    </SectionEditor>
  );
}
