import { z } from 'zod';

const LineMessage = z.looseObject({ type: z.string().min(1) });
const Messages = z.array(LineMessage).min(1, 'Size must be between 1 and 5').max(5, 'Size must be between 1 and 5');

export const PushRequest = z.looseObject({ to: z.string({ error: 'must be specified' }).min(1, 'must be specified'), messages: Messages });
export const ReplyRequest = z.looseObject({ replyToken: z.string({ error: 'must be specified' }).min(1, 'must be specified'), messages: Messages });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
