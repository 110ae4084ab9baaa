// Every page: one h1 that takes the focus after a navigation (screen readers hear where they are)
// and names the browser tab.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** Names the tab after `title` and focuses the heading the ref is given to, at each new title. */
export function usePageHeading(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('coord.app')}`;
    heading.current?.focus();
  }, [title]);
  return heading;
}

export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = usePageHeading(title);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}
