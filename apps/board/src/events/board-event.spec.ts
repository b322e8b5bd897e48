import { boardEventOf, factsOf } from './board-event';

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

describe('factsOf', () => {
  it('tells a batch of delivery statuses as one status each, with its own incident', () => {
    const batch = { stream: 'ALERTS', seq: 11, subject: 'alerts.deliveries', at, payload: { deliveries: [
      { alertId: 'a1', incidentId: 'inc-1', channel: 'sms', status: 'sent', at: at.toISOString() },
      { alertId: 'a2', incidentId: 'inc-2', channel: 'line', status: 'failed', at: at.toISOString() },
    ] } };
    const events = factsOf(batch).map((fact) => boardEventOf(fact));
    expect(events.map((e) => [e.subject, e.incidentId, e.status])).toEqual([
      ['alerts.delivery', 'inc-1', 'sent'],
      ['alerts.delivery', 'inc-2', 'failed'],
    ]);
  });

  it('leaves any other message whole', () => {
    const opened = { stream: 'INCIDENTS', seq: 1, subject: 'incidents.opened', at, payload: { incidentId: 'inc-1' } };
    expect(factsOf(opened)).toEqual([opened]);
  });
});
