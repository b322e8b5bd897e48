import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses a password shorter than 12 characters', () => {
    expect(passwordProblem('Ch1angRai!')).toBe('must be at least 12 characters');
  });

  it('refuses a long password from the common list, whatever its case', () => {
    expect(passwordProblem('password1234')).toMatch(/most common passwords/);
    expect(passwordProblem('QWERTYUIOP12')).toMatch(/most common passwords/);
  });

  it('takes a long passphrase, counting characters not bytes', () => {
    expect(passwordProblem('river boats at dawn')).toBeUndefined();
    expect(passwordProblem('แม่สายเชียงของ')).toBeUndefined(); // 14 Thai characters
  });
});
