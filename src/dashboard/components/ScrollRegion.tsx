import type { ComponentChildren } from 'preact';

/**
 * A wide table scrolls in its own frame, which the keyboard must reach (WCAG 2.1.1; axe's
 * scrollable-region-focusable at 200 % text): focusable, and named by the table's caption or
 * heading (`labelledBy`).
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus.
    <section class="table-wrap" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
