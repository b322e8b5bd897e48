import { messagingApi } from '@line/bot-sdk';
import { districtName } from './district-names';
import { cleanSummary, fitSummary } from './fit-summary';
import { PAGE_COPY } from './page-copy';
import { pageFlex } from './page-flex';
import { templateLanguage } from './template-language';

/** A page must stay within two segments: Thai SMS is UCS-2 and every segment is billed. */
export const MAX_PAGE_SEGMENTS = 2;

export interface PageInput {
  language?: string;
  priority: string;
  district: string;
  summary: string;
  /** The SMS reply code (`ACK <code>`); absent, the responder answers without one. */
  code?: number;
  alertId: string;
  /** A drill: every message says so first, so nobody mistakes it for a real case. */
  drill?: boolean;
}

export interface RenderedMessage {
  sms: string;
  line: messagingApi.Message[];
}

/**
 * A page for one responder: "P1 แม่สาย: <summary>. ตอบ ACK 3 เพื่อรับ, NO 3 ปฏิเสธ" as SMS (the
 * summary trimmed to fit two segments, the instructions never), and a Flex message with buttons.
 */
export function renderPage(input: PageInput): RenderedMessage {
  const lang = templateLanguage(input.language);
  const copy = PAGE_COPY[lang];
  const district = districtName(input.district, lang);
  const instructions = copy.instructions(input.code);
  const mark = input.drill ? `${copy.drill} ` : '';
  const build = (summary: string) => `${mark}${input.priority} ${district}${summary ? `: ${summary}` : ''}. ${instructions}`;

  const sms = build(fitSummary(input.summary, build, MAX_PAGE_SEGMENTS));
  const flex = pageFlex({
    priority: `${mark}${input.priority}`,
    district,
    summary: cleanSummary(input.summary),
    altText: build(cleanSummary(input.summary)),
    alertId: input.alertId,
    hint: input.code ? copy.smsHint(input.code) : undefined,
    labels: { accept: copy.accept, decline: copy.decline, arrived: copy.arrived },
  });
  return { sms, line: [flex] };
}
