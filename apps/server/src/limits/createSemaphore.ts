/** Runs at most `concurrency` tasks at once, with a bounded queue of waiting ones. */
export interface Semaphore {
  /**
   * Runs the task when a slot frees up; rejects with `SemaphoreFullError` when the queue is
   * full. An `urgent` task waits ahead of every task that is not.
   */
  run<T>(task: () => Promise<T>, options?: { urgent?: boolean }): Promise<T>;
  /** Tasks running and waiting now. */
  readonly load: { running: number; waiting: number };
}

/** Thrown by `Semaphore.run` instead of queueing past the bound. */
export class SemaphoreFullError extends Error {
  constructor() {
    super("Too many tasks waiting");
    this.name = "SemaphoreFullError";
  }
}

/**
 * Makes a semaphore. Waiting tasks start in arrival order, urgent ones first; a full queue refuses at once, so a
 * flood costs the caller an error rather than everyone a growing wait.
 *
 * @example const hashing = createSemaphore({ concurrency: 2, maxWaiting: 32 });
 * const hash = await hashing.run(() => hashPassword(password));
 */
export function createSemaphore(options: { concurrency: number; maxWaiting: number }): Semaphore {
  let running = 0;
  const urgent: (() => void)[] = [];
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = urgent.shift() ?? waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run(task, { urgent: isUrgent = false } = {}) {
      if (running < options.concurrency) running += 1;
      else if (urgent.length + waiting.length >= options.maxWaiting) throw new SemaphoreFullError();
      // The slot passes straight from the finishing task to the next, so `running` stays put.
      else await new Promise<void>((resolve) => (isUrgent ? urgent : waiting).push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get load() {
      return { running, waiting: urgent.length + waiting.length };
    },
  };
}
