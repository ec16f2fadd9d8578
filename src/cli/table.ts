export interface Column<T> {
  header: string;
  value(row: T): string;
  align?: 'left' | 'right';
}

/** Columns separated by two spaces, padded to the widest cell; no trailing blanks, so output diffs cleanly. */
export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const cells = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => clean(c.value(row))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => (line[i] ?? '').length)));
  const lines = cells.map((line) =>
    line
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return columns[i]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

/** A cell is one line: names from AWS may hold tabs or newlines that would break the alignment. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ');
}
