import { messagingApi } from '@line/bot-sdk';
import { PageAction, pagePostbackData } from './postback-data';

const PRIORITY_COLORS: Record<string, string> = { P1: '#C62828', P2: '#EF6C00', P3: '#F9A825', P4: '#546E7A' };
const ALT_TEXT_LIMIT = 1500; // LINE's limit for altText

export interface PageFlexInput {
  priority: string;
  district: string;
  summary: string;
  altText: string;
  alertId: string;
  hint?: string;
  labels: Record<PageAction, string>;
}

function button(action: PageAction, label: string, alertId: string, style: 'primary' | 'secondary' | 'link'): messagingApi.FlexButton {
  return {
    type: 'button',
    style,
    height: 'sm',
    ...(action === 'accept' ? { color: '#2E7D32' } : {}),
    action: { type: 'postback', label, data: pagePostbackData(action, alertId), displayText: label },
  };
}

/**
 * A page as a LINE Flex bubble: priority and district in the header, the summary, and Accept /
 * Decline / Arrived buttons whose postbacks name the action and the alert. `altText` is what shows
 * in notifications and on devices that cannot draw Flex.
 */
export function pageFlex(input: PageFlexInput): messagingApi.FlexMessage {
  const header: messagingApi.FlexBox = {
    type: 'box',
    layout: 'horizontal',
    backgroundColor: PRIORITY_COLORS[input.priority] ?? PRIORITY_COLORS.P4,
    contents: [
      { type: 'text', text: input.priority, weight: 'bold', color: '#FFFFFF', flex: 0 },
      { type: 'text', text: input.district, weight: 'bold', color: '#FFFFFF', align: 'end', wrap: true },
    ],
  };
  const body: messagingApi.FlexBox = {
    type: 'box',
    layout: 'vertical',
    spacing: 'md',
    contents: [
      { type: 'text', text: input.summary || '-', wrap: true },
      ...(input.hint ? [{ type: 'text', text: input.hint, size: 'xs', color: '#888888' } as messagingApi.FlexText] : []),
    ],
  };
  const footer: messagingApi.FlexBox = {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: [
      button('accept', input.labels.accept, input.alertId, 'primary'),
      button('decline', input.labels.decline, input.alertId, 'secondary'),
      button('arrived', input.labels.arrived, input.alertId, 'link'),
    ],
  };
  return {
    type: 'flex',
    altText: input.altText.slice(0, ALT_TEXT_LIMIT),
    contents: { type: 'bubble', header, body, footer },
  };
}
