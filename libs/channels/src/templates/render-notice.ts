import { NOTICE_COPY, NoticeSpec } from './notice-copy';
import { PAGE_COPY } from './page-copy';
import { RenderedMessage } from './render-page';
import { templateLanguage } from './template-language';

/**
 * A notice (stand down, accepted, resolved) as SMS text and a LINE text message. `notice` is either
 * text the caller already worded in the responder's language, or a spec worded here.
 */
export function renderNotice(input: { language?: string; notice: string | NoticeSpec; drill?: boolean }): RenderedMessage {
  const lang = templateLanguage(input.language);
  const copy = NOTICE_COPY[lang];
  const worded =
    typeof input.notice === 'string' ? input.notice.trim() : (copy[input.notice.kind] as (n: NoticeSpec) => string)(input.notice);
  const text = input.drill && worded ? `${PAGE_COPY[lang].drill} ${worded}` : worded;
  return { sms: text, line: [{ type: 'text', text: text || '-' }] };
}
