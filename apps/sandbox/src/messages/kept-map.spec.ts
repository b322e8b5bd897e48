import { KeptMap } from './kept-map';

describe('KeptMap', () => {
  it('forgets the oldest key past its size; a key set again counts as new', () => {
    const map = new KeptMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
  });
});
