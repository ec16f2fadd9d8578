import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import type { ColumnPrefs } from './column-prefs';
import type { ColumnOption } from './user-columns';

interface Props {
  options: readonly ColumnOption[];
  value: ColumnPrefs;
  onChange: (prefs: ColumnPrefs) => void;
}

/** Cloudscape's column chooser (show/hide and reorder), remembered per pool by the caller. */
export function ColumnChooser({ options, value, onChange }: Props) {
  return (
    <CollectionPreferences
      title="Columns"
      confirmLabel="Apply"
      cancelLabel="Cancel"
      preferences={{ contentDisplay: value }}
      contentDisplayPreference={{
        title: 'Columns',
        description: 'Choose and order the columns of this pool. Every attribute present in the pool is listed.',
        options: options.map((o) => ({ id: o.id, label: o.label, alwaysVisible: o.alwaysVisible })),
        enableColumnFiltering: true,
      }}
      onConfirm={(e) => {
        const next = e.detail.contentDisplay;
        if (next) onChange(next.map((c) => ({ id: c.id, visible: c.visible })));
      }}
    />
  );
}
