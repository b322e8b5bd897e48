/** What the export reads of one incident (timestamps as the database gives them). */
export interface IncidentForExport {
  caseRef: string;
  openedAt: Date;
  district: string;
  priority: string;
  minors: boolean;
  crossBorder: string | null;
  state: string;
  outcome: string | null;
  resolvedAt: Date | null;
  tips: number;
  channels: string[];
  firstTipAt: Date | null;
  firstPageAt: Date | null;
  /** Required roles only: when someone accepted and when they said they arrived. */
  roles: Record<string, { acceptedAt: Date | null; arrivedAt: Date | null }>;
  rescued: { minors: number; adults: number };
  /** The organisation the case was referred or handed over to. */
  referredTo: string | null;
  /** The redacted summary alerts carry (the kind of case, never names or contacts). */
  summary: string;
  /** The tips' own words: free text, only when the export asks for it. */
  texts?: string[];
}

export type ExportRow = Record<string, string>;

const minutesBetween = (from: Date | null, to: Date | null): string =>
  from && to ? (Math.round(((to.getTime() - from.getTime()) / 60_000) * 10) / 10).toFixed(1) : '';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; a reporter's words
 * must not ("=HYPERLINK(...)"). Such a cell is prefixed with a quote, as OWASP recommends for CSV.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The columns of the incidents export, for a funder or partner: outcome, counts and timings in minutes
 * from the first tip (to the first page, and to each required role's acceptance and arrival). No
 * reporter detail is among them; the tips' own words only when asked for.
 */
export function exportColumns(roles: string[], withText: boolean): string[] {
  return [
    'case_ref', 'opened_at', 'district', 'priority', 'children', 'cross_border', 'state', 'outcome', 'resolved_at',
    'tips', 'channels', 'minutes_to_first_page',
    ...roles.flatMap((r) => [`minutes_to_${r}_accepted`, `minutes_to_${r}_arrived`]),
    'rescued_minors', 'rescued_adults', 'referred_to', 'summary',
    ...(withText ? ['tip_text'] : []),
  ];
}

export function exportRow(i: IncidentForExport, roles: string[], withText: boolean): string[] {
  const start = i.firstTipAt ?? i.openedAt;
  const cells: ExportRow = {
    case_ref: i.caseRef,
    opened_at: i.openedAt.toISOString(),
    district: i.district,
    priority: i.priority,
    children: i.minors ? 'yes' : 'no',
    cross_border: i.crossBorder ?? '',
    state: i.state,
    outcome: i.outcome ?? '',
    resolved_at: i.resolvedAt?.toISOString() ?? '',
    tips: String(i.tips),
    channels: [...i.channels].sort().join(' '),
    minutes_to_first_page: minutesBetween(start, i.firstPageAt),
    rescued_minors: String(i.rescued.minors),
    rescued_adults: String(i.rescued.adults),
    referred_to: i.referredTo ?? '',
    summary: i.summary,
    tip_text: (i.texts ?? []).join(' | '),
  };
  for (const r of roles) {
    cells[`minutes_to_${r}_accepted`] = minutesBetween(start, i.roles[r]?.acceptedAt ?? null);
    cells[`minutes_to_${r}_arrived`] = minutesBetween(start, i.roles[r]?.arrivedAt ?? null);
  }
  return exportColumns(roles, withText).map((c) => inertCell(cells[c]));
}
