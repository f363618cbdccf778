import { useEffect, useState } from 'react';
import { useQuery } from '../../data/use-query';
import type { MediaFile } from '../../domain/media';

type ImageAttributes = {
  alt: string;
  title?: string;
  width?: number | string;
  height?: number | string;
};

/**
 * An image stored on this device (`media:<key>`, docs/architecture.md "Media"), shown from an
 * object URL of its bytes that lives as long as this element. No request ever leaves the page:
 * an image this device does not hold shows its alt text instead.
 */
export function MediaImage({
  mediaKey,
  alt,
  ...attributes
}: { mediaKey: string } & ImageAttributes) {
  const file = useQuery('mediaImage', { key: mediaKey });
  const url = useObjectUrl(file ?? null);
  if (file === null) return <MissingImage alt={alt} />;
  // Still reading: an empty box rather than a broken image.
  if (url === null) return <span className="media-image-loading" />;
  return <img {...attributes} alt={alt} src={url} decoding="async" />;
}

function MissingImage({ alt }: { alt: string }) {
  return (
    <span className="media-image-missing" title="This image is not stored on this device">
      {alt === '' ? 'Image missing' : `${alt} (image missing)`}
    </span>
  );
}

/** An object URL of the file's bytes, revoked when the file changes or the element goes. */
function useObjectUrl(file: MediaFile | null): string | null {
  const [shown, setShown] = useState<{ file: MediaFile; url: string } | null>(null);
  useEffect(() => {
    if (file === null) return;
    // A Blob takes only bytes on an ArrayBuffer (never a shared one): slice() copies onto one.
    const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.type }));
    setShown({ file, url });
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return shown !== null && shown.file === file ? shown.url : null;
}
