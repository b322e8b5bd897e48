import { DirectoryProblem } from './directory-error';
import { Directory, Priority } from './types';

/**
 * Checks what a schema cannot: ids are unique, every reference names something that exists,
 * people scheduled for a role have that role, contacts are not shared (intake tells who replied by
 * phone number or LINE id), and no two policies claim the same district and priority.
 */
export function referenceProblems(dir: Directory): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const problem = (path: DirectoryProblem['path'], message: string) => problems.push({ path, message });

  const ids = (collection: 'organizations' | 'responders' | 'teams' | 'schedules' | 'policies') => {
    const seen = new Map<string, number>();
    dir[collection].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) problem([collection, i, 'id'], `duplicate id "${item.id}" (also ${collection}[${first}])`);
      else seen.set(item.id, i);
    });
    return seen;
  };
  const organizations = ids('organizations');
  const responderIndex = ids('responders');
  const teams = ids('teams');
  const schedules = ids('schedules');
  ids('policies');
  const responder = (id: string) => {
    const i = responderIndex.get(id);
    return i === undefined ? undefined : dir.responders[i];
  };

  const contacts = new Map<string, string>();
  dir.responders.forEach((r, i) => {
    if (!organizations.has(r.organization)) problem(['responders', i, 'organization'], `unknown organization "${r.organization}"`);
    for (const channel of ['sms', 'line'] as const) {
      const address = r.channels[channel];
      if (!address) continue;
      const holder = contacts.get(`${channel}:${address}`);
      if (holder) problem(['responders', i, 'channels', channel], `${address} is also ${holder}'s: replies could not be told apart`);
      else contacts.set(`${channel}:${address}`, r.id);
    }
  });

  dir.teams.forEach((t, i) => {
    if (!organizations.has(t.organization)) problem(['teams', i, 'organization'], `unknown organization "${t.organization}"`);
    t.members.forEach((m, k) => {
      if (!responder(m)) problem(['teams', i, 'members', k], `unknown responder "${m}"`);
    });
  });

  dir.coordinators.forEach((c, k) => {
    const r = responder(c);
    if (!r) problem(['coordinators', k], `unknown responder "${c}"`);
    else if (!r.roles.includes('coordinator')) problem(['coordinators', k], `responder "${c}" does not have the role coordinator`);
  });

  dir.schedules.forEach((s, i) => {
    const scheduled = (path: DirectoryProblem['path'], id: string) => {
      const r = responder(id);
      if (!r) problem(path, `unknown responder "${id}"`);
      else if (!r.roles.includes(s.role)) problem(path, `responder "${id}" does not have the role ${s.role} of schedule "${s.id}"`);
    };
    s.layers.forEach((layer, j) => layer.members.forEach((m, k) => scheduled(['schedules', i, 'layers', j, 'members', k], m)));
    s.overrides.forEach((o, k) => {
      scheduled(['schedules', i, 'overrides', k, 'responder'], o.responder);
      if (o.replaces && !responder(o.replaces)) problem(['schedules', i, 'overrides', k, 'replaces'], `unknown responder "${o.replaces}"`);
      if (!(o.end > o.start)) problem(['schedules', i, 'overrides', k, 'end'], 'end must be after start');
    });
  });

  const claimed = new Map<string, string>(); // "district P1" -> policy id
  dir.policies.forEach((p, i) => {
    const districts = p.districts === '*' ? ['*'] : p.districts;
    for (const district of districts) {
      for (const priority of p.priorities as Priority[]) {
        const other = claimed.get(`${district} ${priority}`);
        if (other) problem(['policies', i, 'districts'], `policy "${other}" already covers ${district} ${priority}: which one applies would be ambiguous`);
        else claimed.set(`${district} ${priority}`, p.id);
      }
    }
    const roles = new Set<string>();
    p.chains.forEach((chain, c) => {
      if (roles.has(chain.role)) problem(['policies', i, 'chains', c, 'role'], `a second chain for role ${chain.role}`);
      roles.add(chain.role);
      chain.steps.forEach((step, s) =>
        step.targets.forEach((target, t) => {
          const path = ['policies', i, 'chains', c, 'steps', s, 'targets', t];
          if ('schedule' in target) {
            const k = schedules.get(target.schedule);
            if (k === undefined) problem([...path, 'schedule'], `unknown schedule "${target.schedule}"`);
            else if (dir.schedules[k].role !== chain.role && dir.schedules[k].role !== 'coordinator') {
              problem([...path, 'schedule'], `schedule "${target.schedule}" is for role ${dir.schedules[k].role}, not ${chain.role}`);
            }
          } else if ('team' in target) {
            if (!teams.has(target.team)) problem([...path, 'team'], `unknown team "${target.team}"`);
          } else if ('responders' in target) {
            target.responders.forEach((r, k) => {
              if (!responder(r)) problem([...path, 'responders', k], `unknown responder "${r}"`);
            });
          }
        }),
      );
    });
  });

  return problems;
}
