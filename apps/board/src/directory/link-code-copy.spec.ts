import { linkCodeText } from './link-code-copy';

describe('link code message', () => {
  it('is in the responder language and always quotes LINK <code> in ASCII', () => {
    expect(linkCodeText('th', '482913', 15)).toMatch(/^รหัสเชื่อมบัญชี/);
    expect(linkCodeText('my', '482913', 15)).toMatch(/^သင်၏ .*"LINK 482913" ကို 15 မိနစ်အတွင်း/);
    expect(linkCodeText('lo', '482913', 15)).toMatch(/^ລະຫັດເຊື່ອມບັນຊີ.*"LINK 482913".*15 ນາທີ/);
    expect(linkCodeText('ja', '482913', 15)).toMatch(/^Your rescue alert link code: 482913\./);
  });
});
