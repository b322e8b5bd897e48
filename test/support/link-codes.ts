import { eventually, System } from './system';

/**
 * An admin has a link code sent to the responder's current phone or LINE (as the board does); the
 * code is read from what that phone or LINE account received, as the responder would read it.
 */
export async function linkCodeSentTo(system: System, responderId: string): Promise<{ code: string; to: string; sentTo: string }> {
  const { status, body } = await system.board(`/v1/directory/responders/${responderId}/link-codes`, { method: 'POST' });
  if (status !== 201) throw new Error(`link code for ${responderId}: ${status} ${JSON.stringify(body)}`);
  const [row] = await system.sql<{ sms: string | null; line_user_id: string | null }>('SELECT sms, line_user_id FROM responders WHERE id = $1', [responderId]);
  const to = (body.sentTo === 'line' ? row.line_user_id : row.sms)!;
  const code = await eventually(async () => {
    const texts = (await system.messages(to)).map((m) => m.text).reverse();
    const found = texts.map((t) => /LINK ([2-9A-HJKMNP-Z]{8})/.exec(t)?.[1]).find(Boolean);
    expect(found).toBeDefined();
    return found!;
  }, 15_000);
  return { code, to, sentTo: body.sentTo };
}
