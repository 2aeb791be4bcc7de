/** The part of `localStorage` the store uses; tests pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The storage key of an app's persisted `appsmith.store`. */
export function appStoreKey(appId: string): string {
  return `tessera:store:${appId}`;
}

/** An app's `appsmith.store`: persisted values in storage under one per-app key, the rest in memory. */
export interface AppStore {
  /** Every value, persisted and in-memory (an in-memory value wins for the same key). */
  snapshot(): Record<string, unknown>;
  set(key: string, value: unknown, persist: boolean): void;
  remove(key: string): void;
  /** Empties this app's store only; other apps' keys stay. */
  clear(): void;
}

/**
 * Creates the store of one app. One JSON entry per app keeps `clearStore` from touching any
 * other app or the platform's own keys. Storage that throws (quota, privacy mode) degrades to
 * memory: the app keeps working for this visit.
 */
export function createAppStore(appId: string, storage: KeyValueStorage | null): AppStore {
  const key = appStoreKey(appId);
  let persisted = readPersisted(storage, key);
  let memory: Record<string, unknown> = {};

  const write = () => {
    try {
      if (Object.keys(persisted).length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(persisted));
    } catch {
      // Storage full or blocked: the values stay in memory for this visit.
    }
  };

  return {
    snapshot: () => ({ ...persisted, ...memory }),
    set(name, value, persist) {
      if (persist) {
        persisted = { ...persisted, [name]: value };
        if (Object.hasOwn(memory, name)) {
          const { [name]: _dropped, ...rest } = memory;
          memory = rest;
        }
        write();
      } else {
        memory = { ...memory, [name]: value };
      }
    },
    remove(name) {
      const { [name]: _fromMemory, ...restMemory } = memory;
      memory = restMemory;
      if (Object.hasOwn(persisted, name)) {
        const { [name]: _fromStorage, ...restPersisted } = persisted;
        persisted = restPersisted;
        write();
      }
    },
    clear() {
      persisted = {};
      memory = {};
      write();
    },
  };
}

function readPersisted(storage: KeyValueStorage | null, key: string): Record<string, unknown> {
  try {
    const raw = storage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** localStorage, or none when the browser blocks it (the store then lives in memory). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked by the browser's privacy settings: the store then lives in memory.
    return null;
  }
}
