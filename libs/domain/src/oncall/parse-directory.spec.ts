import { DirectoryError } from './directory-error';
import { parseDirectory } from './parse-directory';

/** A minimal valid directory; tests replace one line to break it. */
const VALID = `organizations:
  - { id: police-a, name: Police A, kind: police }
  - { id: centre, name: Centre, kind: coordination }
responders:
  - id: pol-1
    name: "ร.ต.อ. หนึ่ง (Pol. Capt. Nueng)"
    organization: police-a
    roles: [police]
    districts: [mae-sai]
    languages: [th, en]
    channels: { sms: "+66800000001", line: U0123456789abcdef0123456789abcdef }
  - id: pol-2
    name: Police Two
    organization: police-a
    roles: [police]
    districts: [mae-sai]
    languages: [th]
    channels: { sms: "+66800000002" }
  - id: coord-1
    name: Coordinator
    organization: centre
    roles: [coordinator]
    districts: ["*"]
    languages: [th]
    channels: { sms: "+66800000009" }
coordinators: [coord-1]
schedules:
  - id: police-primary
    role: police
    districts: [mae-sai]
    layers:
      - rotation: daily
        handoff: "08:00"
        start: "2025-01-06"
        members: [pol-1, pol-2]
    overrides:
      - { start: "2025-02-01T08:00", end: "2025-02-02T08:00", responder: pol-2, replaces: pol-1 }
policies:
  - id: mae-sai-p1
    districts: [mae-sai]
    priorities: [P1]
    chains:
      - role: police
        steps:
          - waitMinutes: 5
            targets: [{ schedule: police-primary }]
`;

const lineOf = (text: string, needle: string, nth = 1) => {
  let line = 0;
  let seen = 0;
  for (const [i, l] of text.split('\n').entries()) {
    if (l.includes(needle) && ++seen === nth) line = i + 1;
  }
  if (!line) throw new Error(`fixture has no "${needle}"`);
  return line;
};
const edit = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture has no "${from}"`);
  return VALID.replace(from, to);
};
function errorOf(text: string, file = 'deploy/directory.yaml'): DirectoryError {
  try {
    parseDirectory(text, file);
  } catch (e) {
    if (e instanceof DirectoryError) return e;
    throw e;
  }
  throw new Error('expected a DirectoryError');
}

describe('parseDirectory', () => {
  it('reads a valid directory, with defaults filled in', () => {
    const dir = parseDirectory(VALID);
    expect(dir.timeZone).toBe('Asia/Bangkok');
    expect(dir.teams).toEqual([]);
    expect(dir.responders[1].channels).toEqual({ sms: '+66800000002' }); // no `line: undefined` key
    expect(dir.schedules[0]).toMatchObject({ name: 'police-primary', timeZone: 'Asia/Bangkok', layers: [{ name: 'layer 1', rotation: { kind: 'daily' } }] });
    // An override without an offset is local (Bangkok) time.
    expect(dir.schedules[0].overrides[0]).toEqual({ start: new Date('2025-02-01T01:00:00Z'), end: new Date('2025-02-02T01:00:00Z'), responder: 'pol-2', replaces: 'pol-1' });
    expect(dir.policies[0]).toEqual({
      id: 'mae-sai-p1', districts: ['mae-sai'], priorities: ['P1'], repeat: 0,
      chains: [{ role: 'police', required: true, steps: [{ waitMinutes: 5, targets: [{ schedule: 'police-primary' }] }] }],
    });
  });

  it('names the file, line and field of a bad value', () => {
    const text = edit('handoff: "08:00"', 'handoff: "8am"');
    const err = errorOf(text);
    expect(err.message).toBe(`deploy/directory.yaml:${lineOf(text, '8am')}:18: schedules[0].layers[0].handoff: must be a local time "HH:mm" (quote it in YAML)`);
    expect(err.issues).toEqual([expect.objectContaining({ field: 'schedules[0].layers[0].handoff', line: lineOf(text, '8am') })]);
  });

  it('uses directory.yaml as the file name by default', () => {
    expect(() => parseDirectory(edit('kind: police', 'kind: army'))).toThrow(/^directory\.yaml:2:\d+: organizations\[0\]\.kind: must be one of ngo, police/);
  });

  it('points an unknown (misspelt) field at its own line', () => {
    const text = edit('    roles: [police]\n    districts: [mae-sai]\n    languages: [th]', '    roles: [police]\n    district: [mae-sai]\n    languages: [th]');
    const err = errorOf(text);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'responders[1].district', line: lineOf(text, 'district: [mae-sai]'), message: 'unknown field (misspelt?)' }),
        expect.objectContaining({ field: 'responders[1].districts', line: lineOf(text, '- id: pol-2'), message: 'required field is missing' }),
      ]),
    );
  });

  it('names bad phone numbers and LINE ids', () => {
    const text = edit('sms: "+66800000002"', 'sms: "0800000002"').replace('line: U0123456789abcdef0123456789abcdef', 'line: someone');
    const err = errorOf(text);
    expect(err.message).toMatch(/^2 problems in deploy\/directory\.yaml:/);
    expect(err.message).toContain(`:${lineOf(text, 'someone')}:`);
    expect(err.message).toContain('responders[0].channels.line: must be a LINE user id');
    expect(err.message).toContain(`deploy/directory.yaml:${lineOf(text, '0800000002')}:`);
    expect(err.message).toContain('responders[1].channels.sms: must be an E.164 phone number');
  });

  it('refuses an unknown responder in a schedule, on the line that names them', () => {
    const text = edit('members: [pol-1, pol-2]', 'members: [pol-1,\n          pol-9]');
    const err = errorOf(text);
    expect(err.message).toBe(`deploy/directory.yaml:${lineOf(text, 'pol-9')}:11: schedules[0].layers[0].members[1]: unknown responder "pol-9"`);
  });

  it('refuses an unknown schedule in a policy', () => {
    const text = edit('targets: [{ schedule: police-primary }]', 'targets: [{ schedule: police-main }]');
    const err = errorOf(text);
    expect(err.issues).toEqual([
      expect.objectContaining({ field: 'policies[0].chains[0].steps[0].targets[0].schedule', line: lineOf(text, 'police-main'), message: 'unknown schedule "police-main"' }),
    ]);
  });

  it('refuses duplicate ids, pointing at the second one', () => {
    const text = edit('  - id: pol-2\n', '  - id: pol-1\n');
    const err = errorOf(text);
    expect(err.issues).toContainEqual(expect.objectContaining({ field: 'responders[1].id', line: lineOf(text, '- id: pol-1', 2), message: 'duplicate id "pol-1" (also responders[0])' }));
  });

  it('refuses a shared phone number: replies could not be told apart', () => {
    const text = edit('sms: "+66800000002"', 'sms: "+66800000001"');
    expect(errorOf(text).message).toMatch(/responders\[1\]\.channels\.sms: \+66800000001 is also pol-1's/);
  });

  it('refuses scheduling someone for a role they do not have', () => {
    const text = edit('members: [pol-1, pol-2]', 'members: [pol-1, coord-1]');
    expect(errorOf(text).message).toContain('schedules[0].layers[0].members[1]: responder "coord-1" does not have the role police');
  });

  it('refuses a P4 policy and two policies claiming the same district and priority', () => {
    expect(errorOf(edit('priorities: [P1]', 'priorities: [P4]')).message).toContain('policies[0].priorities[0]: must be P1, P2 or P3');
    const twice = `${VALID}  - id: again\n    districts: [mae-sai, chiang-khong]\n    priorities: [P1]\n    chains:\n      - { role: ngo, steps: [{ waitMinutes: 5, targets: [{ coordinators: true }] }] }\n`;
    const err = errorOf(twice);
    expect(err.message).toBe(`deploy/directory.yaml:${lineOf(twice, 'districts: [mae-sai, chiang-khong]')}:16: policies[1].districts: policy "mae-sai-p1" already covers mae-sai P1: which one applies would be ambiguous`);
  });

  it('refuses a bad target and an override that ends before it starts', () => {
    expect(errorOf(edit('{ schedule: police-primary }', '{ everyone: true }')).message).toContain('policies[0].chains[0].steps[0].targets[0]: a target is one of');
    const text = edit('end: "2025-02-02T08:00"', 'end: "2025-01-31T08:00"');
    expect(errorOf(text).message).toContain(`:${lineOf(text, '2025-01-31')}:`);
    expect(errorOf(text).message).toContain('schedules[0].overrides[0].end: end must be after start');
  });

  it('reports YAML syntax errors with their line', () => {
    const text = edit('    roles: [police]\n', '    roles: [police\n');
    const err = errorOf(text);
    expect(err.message).toMatch(/^deploy\/directory\.yaml:\d+:\d+: YAML: /);
    expect(err.issues[0].line).toBeGreaterThanOrEqual(lineOf(text, 'roles: [police'));
  });

  it('reports an empty file as missing its sections', () => {
    expect(errorOf('').message).toContain('organizations: required field is missing');
  });
});
