import { Injectable } from '@nestjs/common';
import { PeopleDirectory } from '../simulator/people-directory';

/**
 * Profiles LINE would return: for the known people, and for anyone who has talked to the account
 * through the sandbox (a friend). Everyone else is a 404, as for a user who never added the account.
 */
@Injectable()
export class LineProfiles {
  private readonly friends = new Set<string>();
  /** The language a user's LINE app is set to, when the test or simulator said (null: not shared). */
  private readonly languages = new Map<string, string | null>();

  constructor(private readonly people: PeopleDirectory) {}

  befriend(userId: string, language?: string | null): void {
    this.friends.add(userId);
    if (language !== undefined) this.languages.set(userId, language);
  }

  async profile(userId: string): Promise<{ userId: string; displayName: string; language?: string } | undefined> {
    const person = await this.people.findByLineId(userId);
    if (!person && !this.friends.has(userId)) return undefined;
    const language = this.languages.has(userId) ? this.languages.get(userId) : (person?.languages[0] ?? 'th');
    return { userId, displayName: person?.name ?? `LINE user ${userId.slice(-4)}`, ...(language ? { language } : {}) };
  }
}
