import { serviceBusy } from "../errors";
import { createSemaphore, SemaphoreFullError } from "../limits/createSemaphore";

/** Who asks for a password hash: a sign-in from a clean client, or anything else. */
export type HashLane = "trusted" | "suspect";

/** Runs password hashes (scrypt) a few at a time; a full queue answers 503. */
export interface HashQueue {
  /** Runs `task` in `lane`; `client` (an IP) moves to the suspect lane past its trusted share. */
  run<T>(lane: HashLane, client: string, task: () => Promise<T>): Promise<T>;
}

export interface HashQueueOptions {
  concurrency: number;
  maxWaiting: number;
  suspectMaxWaiting: number;
  /** Trusted hashes one client may have running or waiting; more go to the suspect lane. */
  trustedPerClient: number;
}

/**
 * Makes the queue every password hash of an app goes through. scrypt runs on libuv's pool
 * (4 threads by default), which DNS lookups and file reads share: unbounded, 32 sign-ups in
 * parallel held a concurrent sign-in for about 10 s. At most two hashes run at once. The
 * suspect lane (sign-ups, clients that failed before, and a client's second concurrent
 * sign-in, such as a burst of guesses for unknown emails) gets one of the two at most and
 * waits behind every clean sign-in, so a clean sign-in waits for one hash at most behind a
 * flood from one address, and a flood that fills its short queue is refused, not queued.
 */
export function createHashQueue(
  options: HashQueueOptions = { concurrency: 2, maxWaiting: 32, suspectMaxWaiting: 8, trustedPerClient: 1 },
): HashQueue {
  const all = createSemaphore({ concurrency: options.concurrency, maxWaiting: options.maxWaiting });
  const suspect = createSemaphore({ concurrency: 1, maxWaiting: options.suspectMaxWaiting });
  const trustedInFlight = new Map<string, number>();

  const runTrusted = async <T>(client: string, task: () => Promise<T>): Promise<T> => {
    trustedInFlight.set(client, (trustedInFlight.get(client) ?? 0) + 1);
    try {
      // A clean sign-in waits ahead of every suspect hash.
      return await all.run(task, { urgent: true });
    } finally {
      const left = (trustedInFlight.get(client) ?? 1) - 1;
      if (left > 0) trustedInFlight.set(client, left);
      else trustedInFlight.delete(client);
    }
  };

  return {
    async run(lane, client, task) {
      try {
        if (lane === "trusted" && (trustedInFlight.get(client) ?? 0) < options.trustedPerClient) {
          return await runTrusted(client, task);
        }
        return await suspect.run(() => all.run(task));
      } catch (error) {
        if (error instanceof SemaphoreFullError) throw serviceBusy();
        throw error;
      }
    },
  };
}
