import { Location } from '@rescue/contracts';
import { withoutControlCharacters } from '@rescue/domain';
import { LineWebhookEvent } from './line-webhook-event';

export interface PublicLineContent {
  text: string;
  /** The text is our description of a photo or a place, not the reporter's words. */
  placeholder: boolean;
  location?: Location;
}

const MEDIA = new Set(['image', 'video', 'audio', 'file']);

/**
 * What a LINE message from the public contributes to a tip: its text, a shared location, or a note
 * that a photo (or other media) was sent, with the LINE message id the content can be fetched by.
 * Stickers and the like contribute nothing. Control characters (a NUL) are taken out: the message is
 * kept as the person meant it, and PostgreSQL can store it.
 */
export function publicLineContent(message: NonNullable<LineWebhookEvent['message']>): PublicLineContent | undefined {
  const text = withoutControlCharacters(message.text ?? '');
  if (message.type === 'text' && text.trim()) return { text, placeholder: false };
  if (message.type === 'location' && typeof message.latitude === 'number' && typeof message.longitude === 'number') {
    const description = withoutControlCharacters([message.title, message.address].filter(Boolean).join(', ')).slice(0, 500) || undefined;
    return {
      text: `[location shared on LINE]${description ? ` ${description}` : ''}`,
      placeholder: true,
      location: { lat: message.latitude, lon: message.longitude, description },
    };
  }
  if (MEDIA.has(message.type)) return { text: `[${message.type} sent on LINE, message ${message.id}]`, placeholder: true };
  return undefined;
}
