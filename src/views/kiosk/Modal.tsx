import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A native modal <dialog>: the browser keeps focus inside it, Escape closes it, and the page behind
 * is inert. `open` drives it; `onClose` is called however it closes.
 */
export function Modal(props: {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      class={`kiosk-modal ${props.class ?? ''}`}
      aria-labelledby={props.labelledBy}
      data-testid={props.testId}
      onClose={props.onClose}
    >
      {props.open && props.children}
    </dialog>
  );
}
