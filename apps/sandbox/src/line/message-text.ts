/** The plain text a LINE message shows in a chat list: its text, or its alt text for rich messages. */
export function lineMessageText(message: { type?: string; text?: string; altText?: string; title?: string; address?: string }): string {
  if (typeof message.text === 'string') return message.text;
  if (typeof message.altText === 'string') return message.altText;
  if (message.type === 'location') return [message.title, message.address].filter(Boolean).join(', ');
  return `(${message.type ?? 'message'})`;
}
