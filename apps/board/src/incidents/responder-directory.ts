import { Injectable } from '@nestjs/common';
import { onCall } from '@rescue/domain';
import { BoardDirectory } from '../directory/board-directory';

export interface ReassignCandidate {
  responderId: string;
  name: string;
  organization: string;
  districts: string[];
  /** On call now for this role in the incident's district (by the schedules that answer for it). */
  onCall: boolean;
  /** Covers the incident's district (or the whole province). */
  covers: boolean;
  channels: { sms: boolean; line: boolean };
}

/**
 * The responders a coordinator may reassign a role to, from the directory dispatch pages from (the
 * file with the board's edits; deactivated responders are left out): everyone with the role, those
 * on call for the incident's district first, then those who cover it.
 */
@Injectable()
export class ResponderDirectory {
  constructor(private readonly directory: BoardDirectory) {}

  async hasOrganization(id: string): Promise<boolean> {
    const { directory } = await this.directory.current();
    return directory.organizations.some((o) => o.id === id);
  }

  async rolesOf(responderId: string): Promise<string[] | undefined> {
    const { directory } = await this.directory.current();
    return directory.responders.find((r) => r.id === responderId)?.roles;
  }

  async candidates(role: string, district: string, at: Date): Promise<ReassignCandidate[]> {
    const { directory } = await this.directory.current();
    const onCallNow = new Set(onCall(directory, { district, role, at }).map((e) => e.responderId));
    const organizations = new Map(directory.organizations.map((o) => [o.id, o.name]));
    return directory.responders
      .filter((r) => r.roles.includes(role))
      .map((r) => ({
        responderId: r.id,
        name: r.name,
        organization: organizations.get(r.organization) ?? r.organization,
        districts: r.districts,
        onCall: onCallNow.has(r.id),
        covers: r.districts.includes(district) || r.districts.includes('*'),
        channels: { sms: Boolean(r.channels.sms), line: Boolean(r.channels.line) },
      }))
      .sort((a, b) => Number(b.onCall) - Number(a.onCall) || Number(b.covers) - Number(a.covers) || a.name.localeCompare(b.name));
  }
}
