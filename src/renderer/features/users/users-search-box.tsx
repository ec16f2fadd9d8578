import TextFilter from '@cloudscape-design/components/text-filter';
import { useSlashFocus } from '../../lib/use-slash-focus';

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** Data attributes the specs read (the filter's or the query's time in ms). */
  timing: Record<`data-${string}`, string | undefined>;
}

/** The users' search box, on every attribute; `/` focuses it. The same box over loaded rows and over the index. */
export function UsersSearchBox({ value, onChange, timing }: Props) {
  const ref = useSlashFocus<HTMLDivElement>();
  return (
    <div ref={ref} style={{ minWidth: 340 }} {...timing}>
      <TextFilter
        filteringText={value}
        filteringPlaceholder="Search every attribute (press / to focus)"
        filteringAriaLabel="Filter users"
        onChange={(e) => onChange(e.detail.filteringText)}
      />
    </div>
  );
}
