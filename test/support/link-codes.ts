import { eventually, System } from './system';

/**
 * An admin has a link code sent to the responder's current phone or LINE (as the board does); the
 * code is read from what that phone or LINE account received, as the responder would read it.
 */
export async function linkCodeSentTo(system: System, responderId: string): Promise<{ code: string; to: string; sentTo: string }> {
  const [row] = await system.sql<{ sms: string | null; line_user_id: string | null }>('SELECT sms, line_user_id FROM responders WHERE id = $1', [responderId]);
  const codesAt = async (to: string | null) =>
    to ? (await system.messages(to)).flatMap((m) => /LINK ([2-9A-HJKMNP-Z]{8})/.exec(m.text)?.[1] ?? []) : [];
  // The codes each channel already holds: the one this call issues is the next to arrive, not an earlier one.
  const before = { sms: (await codesAt(row.sms)).length, line: (await codesAt(row.line_user_id)).length };
  const { status, body } = await system.board(`/v1/directory/responders/${responderId}/link-codes`, { method: 'POST' });
  if (status !== 201) throw new Error(`link code for ${responderId}: ${status} ${JSON.stringify(body)}`);
  const channel = body.sentTo === 'line' ? 'line' : 'sms';
  const to = (channel === 'line' ? row.line_user_id : row.sms)!;
  const code = await eventually(async () => {
    const codes = await codesAt(to);
    expect(codes.length).toBeGreaterThan(before[channel]);
    return codes[before[channel]];
  }, 15_000);
  return { code, to, sentTo: body.sentTo };
}
