import type { ComponentChildren } from 'preact';
import { navigate } from '../../app/router';

/** A real link (so it reads as one) that moves inside the app without reloading. */
export function KioskLink(props: {
  href: string;
  class?: string;
  children: ComponentChildren;
  onNavigate?: () => void;
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  const { href, onNavigate, children, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onNavigate?.();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
