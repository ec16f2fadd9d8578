import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/cli/table';
import { renderTable } from '../../../src/cli/table';

interface Row {
  name: string;
  count: number;
}

const columns: Column<Row>[] = [
  { header: 'NAME', value: (r) => r.name },
  { header: 'N', value: (r) => String(r.count), align: 'right' },
  { header: 'LAST', value: () => '' },
];

describe('renderTable', () => {
  it('pads columns to the widest cell, right-aligns numbers and trims trailing blanks', () => {
    const text = renderTable(columns, [
      { name: 'alpha', count: 5 },
      { name: 'a much longer name', count: 1234 },
    ]);
    expect(text).toBe(
      ['NAME                   N  LAST', 'alpha                  5', 'a much longer name  1234', ''].join('\n'),
    );
  });

  it('prints the header alone for no rows', () => {
    expect(renderTable(columns, [])).toBe('NAME  N  LAST\n');
  });

  it('keeps every row on one line when a value holds tabs or newlines', () => {
    const text = renderTable(columns.slice(0, 2), [{ name: 'bad\nname\there', count: 1 }]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('bad name here  1');
  });
});
