import { useId, type ReactNode } from 'react';

/** A titled part of a request card, named by its title so assistive technologies can jump to it. */
export function RequestSection({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="request-section" aria-labelledby={titleId}>
      <h4 className="request-section__title" id={titleId}>
        {title}
      </h4>
      {children}
    </section>
  );
}
