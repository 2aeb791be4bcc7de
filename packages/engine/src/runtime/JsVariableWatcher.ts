/**
 * JS object variables change by plain assignment (`this.count++`), which nothing can observe;
 * the watcher compares them with their last known value (by identity and, for objects, JSON)
 * whenever user code hands control back.
 */
export class JsVariableWatcher {
  private readonly watched: { entity: string; target: Record<string, unknown>; names: string[] }[] = [];
  private readonly snapshots = new Map<string, { value: unknown; json: string | undefined }>();

  /** Watches the variables of one entity, taking their current values as the starting point. */
  watch(entity: string, target: Record<string, unknown>, names: string[]): void {
    this.watched.push({ entity, target, names });
    for (const name of names) {
      this.snapshots.set(`${entity}.${name}`, { value: target[name], json: snapshotJson(target[name]) });
    }
  }

  /** Paths (`JSObject1.count`) of the variables that changed since the last call. */
  changedPaths(): string[] {
    const paths: string[] = [];
    for (const { entity, target, names } of this.watched) {
      for (const name of names) {
        const path = `${entity}.${name}`;
        const value = target[name];
        const json = snapshotJson(value);
        const last = this.snapshots.get(path);
        if (last && last.value === value && last.json === json) continue;
        this.snapshots.set(path, { value, json });
        paths.push(path);
      }
    }
    return paths;
  }
}

function snapshotJson(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
