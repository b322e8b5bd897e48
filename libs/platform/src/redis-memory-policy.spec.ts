import { memoryPolicyNotice } from './redis-memory-policy';

describe('memoryPolicyNotice', () => {
  it('is content with noeviction', () => {
    expect(memoryPolicyNotice({ reply: ['maxmemory-policy', 'noeviction'] })).toEqual({ level: 'log', message: 'Redis maxmemory-policy is noeviction' });
  });

  it.each(['allkeys-lru', 'volatile-lru', 'allkeys-random', 'volatile-ttl'])('warns about %s, naming it and the fix', (policy) => {
    const notice = memoryPolicyNotice({ reply: ['maxmemory-policy', policy] });
    expect(notice.level).toBe('warn');
    expect(notice.message).toContain(`maxmemory-policy is ${policy}, not noeviction`);
    expect(notice.message).toContain('maxmemory-policy noeviction');
  });

  it('warns when the answer says nothing', () => {
    expect(memoryPolicyNotice({ reply: [] }).level).toBe('warn');
  });

  it('says CONFIG is not permitted, without a warning, when Redis refuses it', () => {
    const notice = memoryPolicyNotice({ error: new Error("ERR unknown command 'CONFIG'") });
    expect(notice).toEqual({ level: 'log', message: expect.stringContaining('CONFIG not permitted') });
  });
});
