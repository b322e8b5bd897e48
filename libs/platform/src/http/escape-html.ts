/** Text made safe inside HTML text and quoted attributes (the server-rendered pages: API docs, the printable report). */
export const escapeHtml = (text: unknown): string => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
