// Whether this tablet is enrolled, as a signal the page's routes read (the team space sends people
// to setup until it is). Loaded once at start; the setup screen and a wipe change it.
import { signal } from '@preact/signals';
import { isEnrolled } from './enrolment';

/** undefined while not known yet (the first read of idb-keyval is a few milliseconds). */
export const enrolled = signal<boolean | undefined>(undefined);

export async function refreshEnrolled(): Promise<boolean> {
  enrolled.value = await isEnrolled();
  return enrolled.value;
}
