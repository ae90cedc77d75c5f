// A plain-text table with aligned columns, for terminals and logs. Knows nothing about KPIs.

export interface Column {
  header: string;
  align: 'left' | 'right';
}

/** Width in terminal cells; every character the CLI prints (including "±" and "—") is one cell wide. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, align: Column['align']): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Renders the header, a rule and the rows; columns are separated by two spaces, trailing blanks trimmed. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
