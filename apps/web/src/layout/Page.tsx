import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

let keyOfFirstPage: string | undefined;

interface PageProps {
  title: string;
  intro?: ReactNode;
  narrow?: boolean;
  children: ReactNode;
}

/** A page's title (heading and document title) and its content. */
export function Page({ title, intro, narrow = false, children }: PageProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { key: navigationKey } = useLocation();

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  // The first page of a visit is announced by the browser; later ones are client-side
  // navigations that screen readers would not notice without moving focus. The first page is
  // told by its history key, not by key 'default': a reload keeps the key of the last entry.
  useEffect(() => {
    keyOfFirstPage ??= navigationKey;
    if (navigationKey !== keyOfFirstPage) headingRef.current?.focus();
  }, [navigationKey]);

  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <h1 className="page__title" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="page__intro">{intro}</p>}
      {children}
    </div>
  );
}
