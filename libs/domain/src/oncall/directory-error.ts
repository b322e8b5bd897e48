/** A path into the directory file, as zod reports it: ['schedules', 2, 'layers', 0, 'handoff']. */
export type FieldPath = (string | number)[];

/** One problem found in the directory file, before it is located in the text. */
export interface DirectoryProblem {
  path: FieldPath;
  message: string;
  /** For an unknown key: the key itself, so the line is the key's and not its parent's. */
  key?: string;
}

export interface DirectoryIssue {
  field: string; // schedules[2].layers[0].handoff
  message: string;
  line: number; // 1-based
  column: number; // 1-based
}

/**
 * The directory file is invalid. The message has one line per problem, each naming the file, the
 * line, the column and the field, e.g.
 * `directory.yaml:42:11: schedules[2].layers[0].handoff: must be a local time "HH:mm"`.
 */
export class DirectoryError extends Error {
  constructor(
    readonly file: string,
    readonly issues: DirectoryIssue[],
  ) {
    const lines = issues.map((i) => `${file}:${i.line}:${i.column}: ${i.field ? `${i.field}: ` : ''}${i.message}`);
    super(lines.length === 1 ? lines[0] : `${lines.length} problems in ${file}:\n${lines.join('\n')}`);
    this.name = 'DirectoryError';
  }
}

export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
