import { TipSubmission } from '@rescue/contracts';
import { OperatorTipForm } from './operator-tip-form';

/**
 * The intake tip for a filled-in form. What the operator learnt on the phone goes into the text that
 * triage reads (in English, which triage understands in every tip): only "children involved" when it
 * is a yes, since "children: no" would read as children to a keyword rule.
 */
export function tipSubmissionOf(form: OperatorTipForm): TipSubmission {
  const facts = [
    form.childrenInvolved === 'yes' ? 'Children involved.' : undefined,
    form.peopleCount !== undefined ? `People involved: ${form.peopleCount}.` : undefined,
  ].filter(Boolean);
  const text = facts.length ? `${form.text}\n\n[Operator] ${facts.join(' ')}` : form.text;
  const reporter = form.reporter && (form.reporter.name || form.reporter.phone) ? dropEmpty(form.reporter) : undefined;
  const location = form.district && form.district !== 'unknown' ? { district: form.district, description: form.place || undefined }
    : form.place ? { description: form.place } : undefined;
  return dropEmpty({
    text: text.slice(0, 5000),
    channel: 'hotline' as const,
    language: form.language,
    location,
    reporter,
    callbackAllowed: reporter ? Boolean(form.callbackAllowed) : undefined,
  }) as TipSubmission;
}

function dropEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}
