import { describe, expect, it } from 'vitest';
import {
  checkMediaFile,
  guessMediaType,
  isMediaKey,
  MAX_MEDIA_FILE_BYTES,
  MAX_MEDIA_IMPORT_BYTES,
  MAX_MEDIA_KEY_LENGTH,
  readMediaKey,
  selectMediaFiles,
  sniffImageType,
  toMediaKey,
} from '../../src/domain/media';
import { JPEG_HEAD, PNG_2X1, SVG_WITH_SCRIPT } from '../support/media-samples';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

describe('media keys', () => {
  it('accepts the names Anki packages use and refuses anything that could escape a URL or a path', () => {
    for (const key of ['abc.png', 'paste-1a2b3c.jpg', 'Diagram_2.v1.webp', '0', '-x.gif']) {
      expect(isMediaKey(key)).toBe(true);
    }
    const refused = [
      '',
      '.hidden.png',
      '..',
      'a/b.png',
      'a\\b.png',
      'a b.png',
      'a?.png',
      'a#b.png',
      'javascript:alert(1)',
      'é.png',
      'x'.repeat(MAX_MEDIA_KEY_LENGTH + 1),
    ];
    for (const key of refused) expect(isMediaKey(key)).toBe(false);
    expect(isMediaKey('x'.repeat(MAX_MEDIA_KEY_LENGTH))).toBe(true);
  });

  it('reads the key of a media: address, and nothing else', () => {
    expect(readMediaKey('media:abc.png')).toBe('abc.png');
    expect(readMediaKey('MEDIA:abc.png')).toBe('abc.png');
    expect(readMediaKey('media:../secret')).toBeNull();
    expect(readMediaKey('media:')).toBeNull();
    expect(readMediaKey('https://example.com/abc.png')).toBeNull();
    expect(readMediaKey('abc.png')).toBeNull();
  });

  it('turns any file name into a valid key, the same each time, never two names into one', () => {
    expect(toMediaKey('paste-1a2b.jpg')).toBe('paste-1a2b.jpg');
    const names = [
      'Screen Shot 2024-01-01 at 10.00.00.png',
      'Screen_Shot 2024-01-01 at 10.00.00.png',
      'Screen-Shot-2024-01-01-at-10.00.00.png ',
      '../../etc/passwd',
      '.hidden.png',
      'схема.png',
      '图.gif',
      '',
      'x'.repeat(1000),
    ];
    const keys = names.map(toMediaKey);
    for (const key of keys) expect(isMediaKey(key)).toBe(true);
    expect(new Set(keys).size).toBe(names.length);
    expect(keys.map(toMediaKey)).toEqual(keys);
    expect(names.map(toMediaKey)).toEqual(keys);
    expect(keys[0]).toMatch(/^Screen-Shot-2024-01-01-at-10\.00\.00-[0-9a-f]{16}\.png$/);
    expect(keys[5]).toMatch(/^media-[0-9a-f]{16}\.png$/);
  });

  it('guesses an image type from a file name, never SVG', () => {
    expect(guessMediaType('a.PNG')).toBe('image/png');
    expect(guessMediaType('a.jpg')).toBe('image/jpeg');
    expect(guessMediaType('a.jpeg')).toBe('image/jpeg');
    expect(guessMediaType('a.avif')).toBe('image/avif');
    expect(guessMediaType('a.svg')).toBeNull();
    expect(guessMediaType('a.mp3')).toBeNull();
    expect(guessMediaType('png')).toBeNull();
  });
});

describe('image signatures', () => {
  it('tells each allowed format by its first bytes', () => {
    expect(sniffImageType(PNG_2X1)).toBe('image/png');
    expect(sniffImageType(JPEG_HEAD)).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from(ascii('GIF89a....')))).toBe('image/gif');
    expect(sniffImageType(Uint8Array.from(ascii('RIFF\0\0\0\0WEBPVP8 ')))).toBe('image/webp');
    const avif = Uint8Array.from([0, 0, 0, 28, ...ascii('ftypmif1\0\0\0\0mif1avifmiaf')]);
    expect(sniffImageType(avif)).toBe('image/avif');
  });

  it('refuses SVG, HTML, a video in an ISO box and truncated files', () => {
    expect(sniffImageType(SVG_WITH_SCRIPT)).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<!doctype html><p>hi'))).toBeNull();
    const mp4 = Uint8Array.from([0, 0, 0, 24, ...ascii('ftypisom\0\0\0\0isommp41')]);
    expect(sniffImageType(mp4)).toBeNull();
    expect(sniffImageType(PNG_2X1.subarray(0, 4))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('checkMediaFile', () => {
  it('takes the type from the bytes: a PNG named .jpg is stored as a PNG', () => {
    expect(checkMediaFile({ key: 'photo.jpg', type: 'image/jpeg', bytes: PNG_2X1 })).toEqual({
      file: { key: 'photo.jpg', type: 'image/png', bytes: PNG_2X1 },
    });
  });

  it('refuses each bad file with a message naming it', () => {
    const problemOf = (key: string, type: string, bytes: Uint8Array) => {
      const checked = checkMediaFile({ key, type, bytes });
      return 'problem' in checked ? checked.problem : null;
    };
    expect(problemOf('../x.png', 'image/png', PNG_2X1)).toMatch(
      /^image "\.\.\/x\.png" is not a valid image name/,
    );
    expect(problemOf('evil.svg', 'image/svg+xml', SVG_WITH_SCRIPT)).toBe(
      'image "evil.svg" is of type "image/svg+xml", which is not a PNG, JPEG, GIF, WebP or AVIF image',
    );
    expect(problemOf('page.png', 'image/png', SVG_WITH_SCRIPT)).toMatch(
      /^image "page\.png" is not a PNG, JPEG, GIF, WebP or AVIF image/,
    );
    expect(problemOf('empty.png', 'image/png', new Uint8Array())).toBe(
      'image "empty.png" is empty',
    );
    const huge = new Uint8Array(MAX_MEDIA_FILE_BYTES + 1024 * 1024);
    huge.set(PNG_2X1);
    expect(problemOf('huge.png', 'image/png', huge)).toBe(
      'image "huge.png" is 6.0 MiB, over the limit of 5.0 MiB per image',
    );
  });
});

describe('selectMediaFiles', () => {
  it('stops at the limit of one import and names every image left out', () => {
    const big = new Uint8Array(MAX_MEDIA_FILE_BYTES);
    big.set(PNG_2X1);
    const fitting = Math.floor(MAX_MEDIA_IMPORT_BYTES / MAX_MEDIA_FILE_BYTES);
    const files = Array.from({ length: fitting + 2 }, (_, i) => ({
      key: `big-${i}.png`,
      type: 'image/png',
      bytes: big,
    }));
    const { accepted, problems } = selectMediaFiles([
      ...files,
      { key: 'small.png', type: 'image/png', bytes: PNG_2X1 },
    ]);
    expect(accepted).toHaveLength(fitting);
    expect(problems).toEqual([
      {
        key: `big-${fitting}.png`,
        message: `image "big-${fitting}.png" is left out: the images of one import may take at most 200.0 MiB`,
      },
      {
        key: `big-${fitting + 1}.png`,
        message: `image "big-${fitting + 1}.png" is left out: the images of one import may take at most 200.0 MiB`,
      },
      {
        key: 'small.png',
        message:
          'image "small.png" is left out: the images of one import may take at most 200.0 MiB',
      },
    ]);
  });

  it('keeps one file per key: the same bytes again silently, other bytes with a message', () => {
    const { accepted, problems } = selectMediaFiles([
      { key: 'a.png', type: 'image/png', bytes: PNG_2X1 },
      { key: 'a.png', type: 'image/png', bytes: PNG_2X1.slice() },
      { key: 'a.png', type: 'image/jpeg', bytes: JPEG_HEAD },
    ]);
    expect(accepted.map((file) => [file.key, file.type])).toEqual([['a.png', 'image/png']]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'image "a.png" appears twice with different content; the first is kept',
    ]);
  });
});
