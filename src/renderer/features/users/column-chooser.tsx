import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import type { ColumnPrefs } from './column-prefs';
import type { ColumnOption } from './user-columns';

interface Props {
  options: readonly ColumnOption[];
  value: ColumnPrefs;
  onChange: (prefs: ColumnPrefs) => void;
  /** Username kept in view while the other columns scroll sideways. */
  sticky: boolean;
  onStickyChange: (sticky: boolean) => void;
}

/** Cloudscape's column chooser (show/hide and reorder, remembered per pool by the caller; Username kept in view). */
export function ColumnChooser({ options, value, onChange, sticky, onStickyChange }: Props) {
  return (
    <CollectionPreferences
      title="Columns"
      confirmLabel="Apply"
      cancelLabel="Cancel"
      preferences={{ contentDisplay: value, stickyColumns: { first: sticky ? 1 : 0 } }}
      stickyColumnsPreference={{
        firstColumns: {
          title: 'Keep Username in view',
          description:
            'Username stays at the left while the other columns scroll sideways. Scrolling is smoother without it in very large pools.',
          options: [
            { label: 'Off', value: 0 },
            { label: 'On', value: 1 },
          ],
        },
      }}
      contentDisplayPreference={{
        title: 'Columns',
        description: 'Choose and order the columns of this pool. Every attribute present in the pool is listed.',
        options: options.map((o) => ({ id: o.id, label: o.label, alwaysVisible: o.alwaysVisible })),
        enableColumnFiltering: true,
      }}
      onConfirm={(e) => {
        const next = e.detail.contentDisplay;
        if (next) onChange(next.map((c) => ({ id: c.id, visible: c.visible })));
        const first = e.detail.stickyColumns?.first;
        if (first !== undefined && first > 0 !== sticky) onStickyChange(first > 0);
      }}
    />
  );
}
