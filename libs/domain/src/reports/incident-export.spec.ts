import { exportColumns, exportRow, IncidentForExport, inertCell } from './incident-export';

const incident = (over: Partial<IncidentForExport> = {}): IncidentForExport => ({
  caseRef: 'CR-7K3P',
  openedAt: new Date('2026-11-02T13:00:05Z'),
  district: 'mae-sai',
  priority: 'P1',
  minors: true,
  crossBorder: 'MM',
  state: 'resolved',
  outcome: 'rescued',
  resolvedAt: new Date('2026-11-02T16:00:00Z'),
  tips: 2,
  channels: ['sms', 'hotline', 'sms'],
  firstTipAt: new Date('2026-11-02T13:00:00Z'),
  firstPageAt: new Date('2026-11-02T13:00:03Z'),
  roles: { police: { acceptedAt: new Date('2026-11-02T13:04:30Z'), arrivedAt: new Date('2026-11-02T13:41:00Z') }, ngo: { acceptedAt: null, arrivedAt: null } },
  rescued: { minors: 3, adults: 0 },
  referredTo: 'psdhs-chiang-rai',
  summary: 'P1 children, cross-border, Mae Sai',
  texts: ['three girls at a karaoke', 'they leave tonight'],
  ...over,
});

describe('incidents export', () => {
  it("gives timings in minutes from the first tip, per required role, and the tips' words only when asked", () => {
    const roles = ['ngo', 'police'];
    const row = Object.fromEntries(exportColumns(roles, false).map((c, i) => [c, exportRow(incident(), roles, false)[i]]));
    expect(row).toEqual({
      case_ref: 'CR-7K3P', opened_at: '2026-11-02T13:00:05.000Z', district: 'mae-sai', priority: 'P1', children: 'yes', cross_border: 'MM',
      state: 'resolved', outcome: 'rescued', resolved_at: '2026-11-02T16:00:00.000Z', tips: '2', channels: 'hotline sms sms',
      minutes_to_first_page: '0.1', minutes_to_ngo_accepted: '', minutes_to_ngo_arrived: '', minutes_to_police_accepted: '4.5',
      minutes_to_police_arrived: '41.0', rescued_minors: '3', rescued_adults: '0', referred_to: 'psdhs-chiang-rai', summary: 'P1 children, cross-border, Mae Sai',
    });
    expect(exportColumns(roles, true).at(-1)).toBe('tip_text');
    expect(exportRow(incident(), roles, true).at(-1)).toBe('three girls at a karaoke | they leave tonight');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(inertCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(['+1', '-2', '@SUM(A1)', '\tx'].map(inertCell)).toEqual(["'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(inertCell('girls 15, 16')).toBe('girls 15, 16');
    expect(exportRow(incident({ texts: ['=1+1'] }), [], true).at(-1)).toBe("'=1+1");
  });
});
