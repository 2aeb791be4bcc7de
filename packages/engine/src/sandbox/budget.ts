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
  /** Set by `withBudget`: a binding (or a variable's first value) is being evaluated. */
  binding: boolean;
}

const now = typeof performance === "object" ? () => performance.now() : () => Date.now();
const budget: Budget = {
  deadline: Number.POSITIVE_INFINITY,
  label: "code",
  limitMs: 0,
  expired: false,
  binding: false,
};
let ticks = 0;
let tracer: ((label: string, binding: boolean) => void) | undefined;

/**
 * Tells `listener` the label of the code about to run each time the running code changes (and
 * again when an evaluation hands back to the code around it); `undefined` stops telling. A
 * worker uses it to name the code it hangs in: a deadline check inside a regular expression or
 * a built-in never runs, but the label has left before the code started. One listener per
 * thread, like the budget itself.
 */
export function traceBudget(listener: ((label: string, binding: boolean) => void) | undefined): void {
  tracer = listener;
}

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
  const { deadline, label: savedLabel, limitMs: savedLimit, expired, binding } = budget;
  setBudget(limitMs, label, true);
  try {
    return run();
  } finally {
    budget.deadline = deadline;
    budget.label = savedLabel;
    budget.limitMs = savedLimit;
    budget.expired = expired;
    budget.binding = binding;
    tracer?.(savedLabel, binding);
  }
}

/**
 * Gives the code about to run a fresh limit. Called whenever user code resumes from outside
 * (a trigger starts, a framework action or query answers), since the time spent waiting for
 * the main thread or the network is not the code's own.
 */
export function startBudget(limitMs: number, label: string): void {
  setBudget(limitMs, label, false);
}

function setBudget(limitMs: number, label: string, binding: boolean): void {
  budget.deadline = now() + limitMs;
  budget.label = label;
  budget.limitMs = limitMs;
  budget.expired = false;
  budget.binding = binding;
  tracer?.(label, binding);
}

/** The limit and label of the code running now, to give back when it resumes after a wait. */
export function currentBudget(): { limitMs: number; label: string } {
  return { limitMs: budget.limitMs, label: budget.label };
}
