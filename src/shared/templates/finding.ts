/** One problem the lint found in a message, located so the editor can mark it and, where obvious, fix it. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  severity: 'error' | 'warning';
  field: 'subject' | 'body';
  /** A stable id per rule, for tests and test ids. */
  rule: string;
  message: string;
  /** Offsets into the field's text (end exclusive); an empty range marks a point. */
  start: number;
  end: number;
  quickFix?: { label: string; edit: TextEdit };
}

/** Applies a quick fix's edit to the text it was computed for. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
