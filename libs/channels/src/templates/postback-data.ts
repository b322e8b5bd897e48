export type PageAction = 'accept' | 'decline' | 'arrived';

/** A page button's postback data, read back by `parsePostbackData` in @rescue/domain. */
export function pagePostbackData(action: PageAction, alertId: string): string {
  return new URLSearchParams({ action, alert: alertId }).toString();
}
