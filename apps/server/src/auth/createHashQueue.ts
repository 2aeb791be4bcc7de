import { serviceBusy } from "../errors";
import { createSemaphore, SemaphoreFullError } from "../limits/createSemaphore";

/** Who asks for a password hash: a sign-in from a clean client, or anything else. */
export type HashLane = "trusted" | "suspect";

/** Runs password hashes (scrypt) a few at a time; a full queue answers 503. */
export interface HashQueue {
  run<T>(lane: HashLane, task: () => Promise<T>): Promise<T>;
}

/**
 * Makes the queue every password hash of an app goes through. scrypt runs on libuv's pool
 * (4 threads by default), which DNS lookups and file reads share: unbounded, 32 sign-ups in
 * parallel held a concurrent sign-in for about 10 s. At most two hashes run at once; sign-ups
 * and sign-ins of suspect clients take one of the two at most, so a clean sign-in never waits
 * behind a flood, and a flood that fills its short queue is refused instead of queued.
 */
export function createHashQueue(
  options: { concurrency: number; maxWaiting: number; suspectMaxWaiting: number } = {
    concurrency: 2,
    maxWaiting: 32,
    suspectMaxWaiting: 8,
  },
): HashQueue {
  const all = createSemaphore({ concurrency: options.concurrency, maxWaiting: options.maxWaiting });
  const suspect = createSemaphore({ concurrency: 1, maxWaiting: options.suspectMaxWaiting });
  return {
    async run(lane, task) {
      try {
        return lane === "trusted" ? await all.run(task) : await suspect.run(() => all.run(task));
      } catch (error) {
        if (error instanceof SemaphoreFullError) throw serviceBusy();
        throw error;
      }
    },
  };
}
