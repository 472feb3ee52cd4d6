import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** A person's photo, loaded with the access token; initials when there is none (or it is hidden). */
export function ProfilePhoto({
  url,
  name,
  size = 96,
}: {
  url: string | null | undefined;
  name: string;
  size?: number;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!url) {
      setSrc(null);
      return;
    }
    let objectUrl: string | null = null;
    let current = true;
    void api.imageUrl(url).then((loaded) => {
      objectUrl = loaded;
      if (current) setSrc(loaded);
      else if (loaded) URL.revokeObjectURL(loaded);
    });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);

  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
  return src ? (
    <img className="avatar" src={src} alt={name} width={size} height={size} />
  ) : (
    <span className="avatar avatar--initials" style={{ width: size, height: size }} aria-hidden="true">
      {initials}
    </span>
  );
}
