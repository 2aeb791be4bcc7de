import type { EvaluationChanges } from "./types";

/**
 * Collects what changed since the last flush (values of published entities, errors set or
 * cleared) and hands it to listeners in one piece.
 */
export class ChangeRecorder {
  /** Current errors by `Entity.prop`. */
  readonly errors: Record<string, string> = {};
  private readonly listeners = new Set<(changes: EvaluationChanges) => void>();
  private pending: EvaluationChanges = { values: {}, errors: {} };
  private count = 0;
  /** While set, values are not recorded: the first evaluation is read whole with getState. */
  muted = false;

  constructor(private readonly isPublished: (entity: string) => boolean) {}

  value(entity: string, prop: string, value: unknown): void {
    if (this.muted || !this.isPublished(entity)) return;
    let props = this.pending.values[entity];
    if (!props) {
      props = {};
      this.pending.values[entity] = props;
    }
    props[prop] = value;
    this.count++;
  }

  /** Sets (a message) or clears (undefined) the error of a path; no change, no record. */
  error(path: string, message: string | undefined): void {
    if (message === undefined) {
      if (!(path in this.errors)) return;
      delete this.errors[path];
      this.pending.errors[path] = null;
    } else {
      if (this.errors[path] === message) return;
      this.errors[path] = message;
      this.pending.errors[path] = message;
    }
    this.count++;
  }

  /** Hands pending changes to the listeners (when there are any) and returns them. */
  flush(): EvaluationChanges {
    const changes = this.pending;
    const count = this.count;
    this.discard();
    if (count > 0) for (const listener of this.listeners) listener(changes);
    return changes;
  }

  /** Forgets pending changes: the first evaluation is read whole with getState. */
  discard(): void {
    this.pending = { values: {}, errors: {} };
    this.count = 0;
  }

  subscribe(listener: (changes: EvaluationChanges) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
