import { publicLineContent } from './public-line-content';

describe('publicLineContent', () => {
  it('takes a text as the reporter wrote it', () => {
    expect(publicLineContent({ id: '1', type: 'text', text: 'help us' })).toEqual({ text: 'help us', placeholder: false });
  });

  it('turns a shared location into coordinates and a description', () => {
    expect(publicLineContent({ id: '2', type: 'location', title: 'Karaoke', address: 'Mae Sai', latitude: 20.43, longitude: 99.88 })).toEqual({
      text: '[location shared on LINE] Karaoke, Mae Sai',
      placeholder: true,
      location: { lat: 20.43, lon: 99.88, description: 'Karaoke, Mae Sai' },
    });
  });

  it('notes a photo with the message id its content can be fetched by', () => {
    expect(publicLineContent({ id: '325708', type: 'image' })).toEqual({ text: '[image sent on LINE, message 325708]', placeholder: true });
  });

  it('ignores stickers and empty texts', () => {
    expect(publicLineContent({ id: '3', type: 'sticker' })).toBeUndefined();
    expect(publicLineContent({ id: '4', type: 'text', text: '  ' })).toBeUndefined();
  });
});
