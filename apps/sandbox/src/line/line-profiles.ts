import { Injectable } from '@nestjs/common';
import { PeopleDirectory } from '../simulator/people-directory';

/**
 * Profiles LINE would return: for the known people, and for anyone who has talked to the account
 * through the sandbox (a friend). Everyone else is a 404, as for a user who never added the account.
 */
@Injectable()
export class LineProfiles {
  private readonly friends = new Set<string>();

  constructor(private readonly people: PeopleDirectory) {}

  befriend(userId: string): void {
    this.friends.add(userId);
  }

  async profile(userId: string): Promise<{ userId: string; displayName: string; language: string } | undefined> {
    const person = await this.people.findByLineId(userId);
    if (person) return { userId, displayName: person.name, language: person.languages[0] ?? 'th' };
    if (this.friends.has(userId)) return { userId, displayName: `LINE user ${userId.slice(-4)}`, language: 'th' };
    return undefined;
  }
}
