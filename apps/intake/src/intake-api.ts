import type { Type } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ApiDescriptionOptions, RouteAccess, RouteEntry } from '@rescue/platform';
import { OperatorKeyGuard } from './auth/operator-key.guard';
import { LineSignatureGuard } from './line/line-signature.guard';
import { TwilioSignatureGuard } from './webhooks/twilio-signature.guard';

/** What each of intake's guards asks for, and how it refuses (the statuses test/fixtures/access-matrix.ts holds it to). */
const BY_GUARD = new Map<Type, RouteAccess>([
  [OperatorKeyGuard, { security: [{ operatorKey: [] }], refusals: { '401': 'No operator API key, or not ours' } }],
  [
    TwilioSignatureGuard,
    { security: [{ twilioSignature: [] }], refusals: { '403': 'X-Twilio-Signature missing or wrong' }, bodyMediaType: 'application/x-www-form-urlencoded' },
  ],
  [LineSignatureGuard, { security: [{ lineSignature: [] }], refusals: { '401': 'x-line-signature missing or wrong' } }],
]);

const guardsOf = (route: RouteEntry): Type[] =>
  [route.controller, route.handler].flatMap((target) => (Reflect.getMetadata(GUARDS_METADATA, target) ?? []) as Type[]);

/** Intake's API description: the operator API and the Twilio and LINE webhooks, each with the credential its guard checks. */
export const INTAKE_API: ApiDescriptionOptions = {
  title: 'Rescue Alert intake',
  version: 'v1',
  description:
    'Where tips come in: the hotline operators\' API (POST /v1/tips) and the webhooks Twilio (SMS) and LINE call. Every body is checked against the schema shown here; a 400 names the field.',
  securitySchemes: {
    operatorKey: { type: 'http', scheme: 'bearer', description: '`Authorization: Bearer <OPERATOR_API_KEY>`: the hotline\'s API clients and the board\'s tip form.' },
    twilioSignature: {
      type: 'apiKey',
      in: 'header',
      name: 'X-Twilio-Signature',
      description: 'Twilio\'s signature: base64 HMAC-SHA1, keyed with TWILIO_AUTH_TOKEN, of INTAKE_PUBLIC_URL + the path and query, followed by the form\'s fields sorted by name (each name then its value).',
    },
    lineSignature: {
      type: 'apiKey',
      in: 'header',
      name: 'x-line-signature',
      description: 'LINE\'s signature: base64 HMAC-SHA256 of the raw body, keyed with LINE_CHANNEL_SECRET.',
    },
  },
  accessOf(route) {
    const guard = guardsOf(route).find((g) => BY_GUARD.has(g));
    return guard ? BY_GUARD.get(guard)! : { security: [], refusals: {} };
  },
};
