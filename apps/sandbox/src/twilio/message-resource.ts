import { smsSegments } from '@rescue/channels';

/** Twilio's dates are RFC 2822 with a numeric zone. */
const rfc2822 = (d: Date) => d.toUTCString().replace('GMT', '+0000');

/** The Message resource as Twilio returns it from `POST .../Messages.json`. */
export function messageResource(m: { sid: string; accountSid: string; from: string; to: string; body: string; status: string }) {
  const now = rfc2822(new Date());
  const uri = `/2010-04-01/Accounts/${m.accountSid}/Messages/${m.sid}.json`;
  return {
    account_sid: m.accountSid,
    api_version: '2010-04-01',
    body: m.body,
    date_created: now,
    date_sent: null,
    date_updated: now,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: m.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: String(smsSegments(m.body)),
    price: null,
    price_unit: 'USD',
    sid: m.sid,
    status: m.status,
    subresource_uris: { media: uri.replace(/\.json$/, '/Media.json') },
    to: m.to,
    uri,
  };
}
