import { boardEventOf } from './board-event';

const at = new Date('2026-11-28T10:00:00Z');

describe('boardEventOf', () => {
  it('tells which incident changed and what an alarm needs, nothing more', () => {
    const event = boardEventOf({
      stream: 'INCIDENTS', seq: 7, subject: 'incidents.opened', at,
      payload: { incidentId: 'inc-1', tipId: 't', priority: 'P1', district: 'mae-sai', summary: 'minors, confinement', minors: true },
    });
    expect(event).toEqual({ subject: 'incidents.opened', incidentId: 'inc-1', priority: 'P1', district: 'mae-sai', at: at.toISOString(),
      role: undefined, step: undefined, exhausted: undefined, action: undefined, status: undefined });
    expect(JSON.stringify(event)).not.toContain('minors, confinement');
  });

  it('keeps an exhausted chain and the priority of a raised alert, never the phone number', () => {
    const escalated = boardEventOf({ stream: 'INCIDENTS', seq: 8, subject: 'incidents.escalated', at,
      payload: { incidentId: 'inc-1', role: 'police', step: 3, exhausted: true, reason: 'deadline' } });
    expect(escalated).toMatchObject({ role: 'police', step: 3, exhausted: true });
    const raised = boardEventOf({ stream: 'ALERTS', seq: 9, subject: 'alerts.raised', at,
      payload: { incidentId: 'inc-1', to: '+66800000000', message: { priority: 'P2' } } });
    expect(raised.priority).toBe('P2');
    expect(JSON.stringify(raised)).not.toContain('+668');
  });

  it('uses the incident resolved for a reply, which names none', () => {
    const reply = boardEventOf({ stream: 'REPLIES', seq: 1, subject: 'responders.replied', at, payload: { responderId: 'r', action: 'accept', code: 2 } }, 'inc-9');
    expect(reply).toMatchObject({ incidentId: 'inc-9', action: 'accept' });
  });
});
