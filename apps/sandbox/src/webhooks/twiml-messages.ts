const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

const unescape = (s: string) =>
  s.replace(/&(?:lt|gt|amp|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (m, dec, hex) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[m],
  );

/**
 * The texts of the `<Message>` verbs in a TwiML answer: Twilio sends each back to the person who
 * texted, so the sandbox does too. Handles `<Message>text</Message>` and `<Message><Body>text</Body>`.
 */
export function twimlMessages(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<Message\b[^>]*>([\s\S]*?)<\/Message>/g)) {
    const body = /<Body\b[^>]*>([\s\S]*?)<\/Body>/.exec(m[1]);
    const text = unescape((body ? body[1] : m[1].replace(/<[^>]+>/g, '')).trim());
    if (text) out.push(text);
  }
  return out;
}
