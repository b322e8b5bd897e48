import { foldMixedThaiLao } from './mixed-script';

describe('a word typed half on the Lao and half on the Thai layout', () => {
  it.each([
    ['ເວียงชัย', 'เวียงชัย'],
    ['ຢູ່ເວียงชัย', 'ຢູ່เวียงชัย'],
    ['ເชียงแสน', 'เชียงแสน'],
  ])('%s reads as %s', (typed, read) => {
    expect(foldMixedThaiLao(typed)).toBe(read);
  });

  it('leaves text of one script, and separate words of two scripts, alone', () => {
    expect(foldMixedThaiLao('ຢູ່ຊຽງຂອງ')).toBe('ຢູ່ຊຽງຂອງ');
    expect(foldMixedThaiLao('ຢູ່ แม่สาย ແລ້ວ')).toBe('ຢູ່ แม่สาย ແລ້ວ');
  });
});
