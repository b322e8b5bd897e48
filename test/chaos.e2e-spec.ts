import { chaosScenario } from './support/chaos';

/**
 * The essential scenarios of `npm run chaos`, with few tips each: every accepted tip paged once, no
 * page after an ack, no deadline lost, the unanswered chains run to their end. Refused tips (503, or
 * intake unreachable) are the client's to send again and are counted apart from lost ones.
 */
describe.each(['kill-notifier', 'redis-kill', 'nats-kill', 'nats-cluster'])('%s', (name) => {
  it('loses no tip, delivers no page twice, pages no later step after an ack, loses no deadline', async () => {
    const { counts, missed } = await chaosScenario(name);
    expect(missed).toEqual([]);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.accepted + counts.refused).toBe(counts.sent);
    expect(counts.paged).toBe(counts.incidents);
    expect(counts.rolesExhausted).toBeGreaterThan(0); // the unanswered chains ran to their end
  }, 240_000);
});
