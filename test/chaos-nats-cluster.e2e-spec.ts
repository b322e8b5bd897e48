import { chaosScenario } from './support/chaos';

/** npm run chaos, scenario nats-cluster, with few tips: every accepted tip paged once, no page after an ack, no deadline lost. */
it('nats-cluster: loses no tip, delivers no page twice, pages no later step after an ack, loses no deadline', async () => {
  const { counts, missed } = await chaosScenario('nats-cluster');
  expect(missed).toEqual([]);
  expect(counts.accepted).toBeGreaterThan(0);
  expect(counts.paged).toBe(counts.incidents);
  expect(counts.rolesExhausted).toBeGreaterThan(0); // the unanswered chains ran to their end
}, 110_000);
