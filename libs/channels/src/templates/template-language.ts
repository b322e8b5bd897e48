/** Languages with written templates; other responders (Burmese, Lao liaisons) read English. */
export type TemplateLanguage = 'th' | 'en';

export function templateLanguage(language: string | undefined): TemplateLanguage {
  return language?.toLowerCase().startsWith('th') ? 'th' : 'en';
}
