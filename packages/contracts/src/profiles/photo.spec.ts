import { detectImageType, photoUrlOf } from './photo.js';

describe('detectImageType', () => {
  it('recognises JPEG, PNG and WebP by their first bytes', () => {
    expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(detectImageType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('rejects anything else, whatever it is called', () => {
    expect(detectImageType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(detectImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(detectImageType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});

describe('photoUrlOf', () => {
  it('changes with the photo’s update time', () => {
    const id = '0b6f4c1e-3f55-4a8e-b1a1-7a1e0e1c2d3f';
    expect(photoUrlOf(id, '2026-11-23T10:00:00Z')).not.toBe(photoUrlOf(id, '2026-11-23T10:00:01Z'));
    expect(photoUrlOf(id, '2026-11-23T10:00:00Z')).toMatch(`/api/v1/profiles/${id}/photo?v=`);
  });
});
