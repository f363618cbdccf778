import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardMarkdown } from '../../src/components/markdown/CardMarkdown';
import { putMediaFiles } from '../../src/storage/media-repo';
import { PNG_2X1 } from '../support/media-samples';
import { installTestDatabase } from '../support/test-database';

// jsdom has no object URLs; this stands in for the browser's (the e2e test uses the real one)
// and keeps each URL's blob, so a test can read what an image would show.
const objectUrls = new Map<string, Blob>();
const revoked: string[] = [];
const browserUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  objectUrls.clear();
  revoked.length = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (!(blob instanceof Blob)) throw new Error('only blobs');
    const url = `blob:test/${objectUrls.size + 1}`;
    objectUrls.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
});

afterEach(() => {
  URL.createObjectURL = browserUrl.create;
  URL.revokeObjectURL = browserUrl.revoke;
});

async function readShownBytes(src: string | null): Promise<{ type: string; bytes: Uint8Array }> {
  const blob = objectUrls.get(src ?? '');
  if (blob === undefined) throw new Error(`${src} is no object URL of this page`);
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(reader.error);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  return { type: blob.type, bytes: new Uint8Array(buffer) };
}

describe('CardMarkdown with stored images', () => {
  it('shows a media: image from the database and frees its URL when the card goes', async () => {
    const db = installTestDatabase();
    await putMediaFiles(db, [{ key: 'abc.png', type: 'image/png', bytes: PNG_2X1 }]);
    const { unmount } = render(<CardMarkdown markdown="Look: ![chart](media:abc.png)" />);
    const image = await screen.findByRole('img', { name: 'chart' });
    const src = image.getAttribute('src');
    expect(src).toMatch(/^blob:/);
    expect(await readShownBytes(src)).toEqual({ type: 'image/png', bytes: PNG_2X1 });
    expect(revoked).toEqual([]);
    unmount();
    expect(revoked).toEqual([src]);
    db.close();
  });

  it('shows the alt text of an image this device does not hold, and requests nothing', async () => {
    const db = installTestDatabase();
    const { container } = render(
      <CardMarkdown markdown={'![request flow](media:gone.png)\n\n![](media:also-gone.png)'} />,
    );
    expect(await screen.findByText('request flow (image missing)')).toBeInTheDocument();
    expect(screen.getByText('Image missing')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(objectUrls.size).toBe(0);
    db.close();
  });

  it('shows a stored image that arrives after the card is open', async () => {
    const db = installTestDatabase();
    render(<CardMarkdown markdown="![chart](media:late.png)" />);
    await screen.findByText('chart (image missing)');
    await putMediaFiles(db, [{ key: 'late.png', type: 'image/png', bytes: PNG_2X1 }]);
    const image = await screen.findByRole('img', { name: 'chart' });
    expect(await readShownBytes(image.getAttribute('src'))).toMatchObject({ type: 'image/png' });
    db.close();
  });

  it('takes media: in an inline HTML image too', async () => {
    const db = installTestDatabase();
    await putMediaFiles(db, [{ key: 'abc.png', type: 'image/png', bytes: PNG_2X1 }]);
    render(<CardMarkdown markdown={'<p>See <img src="media:abc.png" alt="inline chart"></p>'} />);
    const image = await screen.findByRole('img', { name: 'inline chart' });
    expect(image.getAttribute('src')).toMatch(/^blob:/);
    db.close();
  });

  it('never lets media: or javascript: become a link, and keeps refusing hostile image sources', async () => {
    const db = installTestDatabase();
    await putMediaFiles(db, [{ key: 'abc.png', type: 'image/png', bytes: PNG_2X1 }]);
    const hostile = [
      '[open the image](media:abc.png)',
      '[click](javascript:alert(1))',
      '[tabbed](java\tscript:alert(1))',
      '<a href="media:abc.png">inline link</a>',
      '<a href="javascript:alert(1)">inline js</a>',
      '![js picture](javascript:alert(1))',
      '![climbing](media:../abc.png)',
      '<img src="javascript:alert(1)" alt="inline js picture">',
      '![stored](media:abc.png)',
    ].join('\n\n');
    const { container } = render(<CardMarkdown markdown={hostile} />);
    await screen.findByRole('img', { name: 'stored' });
    for (const name of ['open the image', 'click', 'inline link', 'inline js']) {
      expect(screen.getByText(name).closest('a')?.getAttribute('href') ?? null).toBeNull();
    }
    const sources = [...container.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    for (const src of sources) expect(src ?? '').not.toMatch(/^\s*(javascript|media):/i);
    expect(container.innerHTML).not.toMatch(/javascript:|media:/i);
    db.close();
  });
});
