import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Directory, onCall, parseDirectory } from '@rescue/domain';
import { BOARD_CONFIG, BoardConfig } from '../config';

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
 * The responders a coordinator may reassign a role to, from the directory file dispatch pages from:
 * everyone with the role, those on call for the incident's district first, then those who cover it.
 */
@Injectable()
export class ResponderDirectory implements OnModuleInit {
  private directory!: Directory;

  constructor(@Inject(BOARD_CONFIG) private readonly config: BoardConfig) {}

  onModuleInit() {
    this.directory = parseDirectory(readFileSync(this.config.DIRECTORY_FILE, 'utf8'), this.config.DIRECTORY_FILE);
  }

  rolesOf(responderId: string): string[] | undefined {
    return this.directory.responders.find((r) => r.id === responderId)?.roles;
  }

  candidates(role: string, district: string, at: Date): ReassignCandidate[] {
    const onCallNow = new Set(onCall(this.directory, { district, role, at }).map((e) => e.responderId));
    const organizations = new Map(this.directory.organizations.map((o) => [o.id, o.name]));
    return this.directory.responders
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
