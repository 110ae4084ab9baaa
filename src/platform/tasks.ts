// Work a screen starts when it opens, cut into one browser task per job: the kiosk's first start
// runs on a slow tablet, where a single task doing it all blocks a tap for hundreds of ms (a long
// task); separate tasks let the browser handle input and paint between them.

/** Runs each job in order, each in a task of its own (a job that throws does not stop the others). */
export function inSeparateTasks(jobs: readonly (() => void)[]): void {
  const queue = [...jobs];
  const next = () => {
    const job = queue.shift();
    if (!job) return;
    try {
      job();
    } finally {
      if (queue.length) setTimeout(next, 0);
    }
  };
  setTimeout(next, 0);
}

/** A page that is hidden draws no frame: the jobs start after this long anyway. */
const NO_FRAME_MS = 250;

/**
 * Like inSeparateTasks, but the first job starts only once the browser has drawn the next frame
 * (a task after the frame's animation callback), so what the page just rendered is painted before
 * any of this work: the first paint of a cold start does not wait for the jobs.
 */
export function afterNextPaint(jobs: readonly (() => void)[]): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    inSeparateTasks(jobs);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, NO_FRAME_MS);
}
