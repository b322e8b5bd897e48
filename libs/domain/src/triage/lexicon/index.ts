import { ABUSE_OF_VULNERABILITY } from './abuse-of-vulnerability';
import { CHILD_WORDS } from './child-words';
import { CONCERN } from './concern';
import { CONFINEMENT } from './confinement';
import { DEBT_BONDAGE } from './debt-bondage';
import { DECEPTIVE_RECRUITMENT } from './deceptive-recruitment';
import { DOCUMENT_RETENTION } from './document-retention';
import { EXPLOITATIVE_VENUE } from './exploitative-venue';
import { EXPLOITER } from './exploiter';
import { FORCED_LABOUR } from './forced-labour';
import { ESCAPED, HEARSAY, LONG_AGO, PAST_OR_RESOLVED, SAFE_NOW, STILL_GOING_ON } from './hearsay-and-past';
import { IMMINENT_NOW, IMMINENT_PHRASES, IMMINENT_TIME, MOVED_PEOPLE, MOVEMENT } from './imminent-movement';
import { DRUGGING, INCAPACITATION } from './incapacitation';
import { INTIMIDATION } from './intimidation';
import { compileLexicon, CompiledLexicon, LexiconHits, LexiconSpec, MatchTarget, matchLexicon } from './lexicon';
import { NOT_TRAFFICKING } from './not-trafficking';
import { RESTRICTION_OF_MOVEMENT } from './restriction-of-movement';
import { SALE_OF_PERSONS } from './sale-of-persons';
import { FIRST_PERSON, RESCUE_CRY, SELF_RESCUE, THIRD_PARTY } from './self-rescue';
import { SEXUAL_EXPLOITATION } from './sexual-exploitation';
import { SMUGGLING } from './smuggling';
import { VIOLENCE } from './violence';
import { WAGE_WITHHOLDING } from './wage-withholding';

export type { LexiconHits, LexiconSpec, TermMatch } from './lexicon';

/** Every lexicon the engine runs, compiled once at module load. */
const SPECS: LexiconSpec[] = [
  CHILD_WORDS,
  CONFINEMENT,
  VIOLENCE,
  INCAPACITATION,
  DRUGGING,
  INTIMIDATION,
  IMMINENT_PHRASES,
  IMMINENT_TIME,
  IMMINENT_NOW,
  MOVEMENT,
  MOVED_PEOPLE,
  SELF_RESCUE,
  RESCUE_CRY,
  FIRST_PERSON,
  THIRD_PARTY,
  DOCUMENT_RETENTION,
  SALE_OF_PERSONS,
  DEBT_BONDAGE,
  WAGE_WITHHOLDING,
  RESTRICTION_OF_MOVEMENT,
  FORCED_LABOUR,
  SEXUAL_EXPLOITATION,
  DECEPTIVE_RECRUITMENT,
  ABUSE_OF_VULNERABILITY,
  SMUGGLING,
  EXPLOITATIVE_VENUE,
  EXPLOITER,
  CONCERN,
  HEARSAY,
  PAST_OR_RESOLVED,
  SAFE_NOW,
  ESCAPED,
  LONG_AGO,
  STILL_GOING_ON,
  ...NOT_TRAFFICKING,
];

const COMPILED: CompiledLexicon[] = SPECS.map(compileLexicon);

/** Hits of every lexicon, by lexicon id. */
export function matchAllLexicons(target: MatchTarget): Map<string, LexiconHits> {
  const out = new Map<string, LexiconHits>();
  for (const lexicon of COMPILED) out.set(lexicon.id, matchLexicon(lexicon, target));
  return out;
}

export const NOT_TRAFFICKING_IDS = NOT_TRAFFICKING.map((s) => s.id);
