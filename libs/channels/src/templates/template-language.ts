/**
 * Languages with written responder templates: Thai, English, Burmese (Unicode, not Zawgyi) and
 * Lao. A responder reads their first language; any other language reads English.
 */
export type TemplateLanguage = 'th' | 'en' | 'my' | 'lo';

export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['th', 'en', 'my', 'lo'];

/**
 * The template language for a responder: their first language (`languages[0]`) when it is one
 * with templates ("th", "th-TH", "my-MM", "lo_LA" ...), else English. Accepts the whole list or
 * one language.
 */
export function templateLanguage(languages: readonly string[] | string | null | undefined): TemplateLanguage {
  const first = typeof languages === 'string' ? languages : languages?.[0];
  const primary = first?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'th' || primary === 'my' || primary === 'lo' ? primary : 'en';
}
