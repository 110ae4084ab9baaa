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
