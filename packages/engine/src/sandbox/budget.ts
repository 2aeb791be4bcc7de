/** Thrown inside user code that ran past its time limit; names the function that was running. */
export class TimeoutError extends Error {
  override name = "TimeoutError";
  constructor(
    readonly label: string,
    readonly limitMs: number,
  ) {
    super(`${label} ran longer than ${limitMs} ms and was stopped`);
  }
}

/** The time user code may still run, shared by everything the engine runs on this thread. */
interface Budget {
  deadline: number;
  /** Names the code when a deadline check does not: a binding's property path, a handler. */
  label: string;
  limitMs: number;
  expired: boolean;
}

const now = typeof performance === "object" ? () => performance.now() : () => Date.now();
const budget: Budget = { deadline: Number.POSITIVE_INFINITY, label: "code", limitMs: 0, expired: false };
let ticks = 0;

/** Name of the deadline check instrumented code calls; passed to compiled code as a parameter. */
export const TICK = "__tessera_tick";

/**
 * The deadline check at every loop head, function entry and catch block of user code. Once the
 * deadline has passed every check throws, so a `catch` cannot swallow the timeout and loop on.
 */
export function tick(label: string): void {
  if (!budget.expired) {
    // Reading the clock on every check would slow tight loops several times over.
    if ((++ticks & 15) !== 0) return;
    if (now() <= budget.deadline) return;
    budget.expired = true;
  }
  throw new TimeoutError(label || budget.label, budget.limitMs);
}

/** Runs synchronous code with its own time limit, then gives the caller its remaining time back. */
export function withBudget<T>(limitMs: number, label: string, run: () => T): T {
  const { deadline, label: savedLabel, limitMs: savedLimit, expired } = budget;
  startBudget(limitMs, label);
  try {
    return run();
  } finally {
    budget.deadline = deadline;
    budget.label = savedLabel;
    budget.limitMs = savedLimit;
    budget.expired = expired;
  }
}

/**
 * Gives the code about to run a fresh limit. Called whenever user code resumes from outside
 * (a trigger starts, a framework action or query answers), since the time spent waiting for
 * the main thread or the network is not the code's own.
 */
export function startBudget(limitMs: number, label: string): void {
  budget.deadline = now() + limitMs;
  budget.label = label;
  budget.limitMs = limitMs;
  budget.expired = false;
}

/** The limit and label of the code running now, to give back when it resumes after a wait. */
export function currentBudget(): { limitMs: number; label: string } {
  return { limitMs: budget.limitMs, label: budget.label };
}
