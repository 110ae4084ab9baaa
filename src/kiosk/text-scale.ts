// The text-size control: sets --text-scale on :root (base.css sizes everything from it).
import { signal } from '@preact/signals';

/** From 100 % to 200 % (WCAG 1.4.4), by quarter steps a resident can see change. */
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export const textScale = signal<number>(1);

export function setTextScale(scale: number): void {
  const clamped = Math.min(TEXT_SCALES.at(-1)!, Math.max(TEXT_SCALES[0], scale));
  textScale.value = clamped;
  document.documentElement.style.setProperty('--text-scale', String(clamped));
}

export function stepTextScale(direction: 1 | -1): void {
  const i = Math.max(0, TEXT_SCALES.indexOf(textScale.value as (typeof TEXT_SCALES)[number]));
  const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, i + direction))]!;
  setTextScale(next);
}
