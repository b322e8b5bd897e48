import { triage } from '@rescue/domain';

/** Languages a receipt is written in; anything else reads English. */
export type ReportLanguage = 'th' | 'my' | 'lo' | 'en';

/** The language a reporter wrote in, as the triage engine detects it (script, Zawgyi included). */
export function reportLanguage(text: string): ReportLanguage {
  const language = triage({ text }).language;
  return language === 'th' || language === 'my' || language === 'lo' ? language : 'en';
}
