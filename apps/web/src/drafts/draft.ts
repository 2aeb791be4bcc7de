/**
 * Where a local copy stands against the server. `stale` means someone else saved first (a 409):
 * the copy is kept and autosave stops until the author keeps it or loads the saved one.
 */
export type DraftState = "saved" | "dirty" | "saving" | "failed" | "stale";

/**
 * The local copy of one revisioned server document (a page doc, a draft module): copied in once
 * from the server, edited here, saved back naming the revision it is based on.
 */
export interface Draft<T> {
  id: string;
  /** What the draft belongs to (its app or package): autosave and save-all work per scope. */
  scope: string;
  value: T;
  /** The server revision this copy is based on; a save names it. */
  revision: number;
  state: DraftState;
  /** Why the last save failed or was refused, for the notice. */
  error: string | null;
  /** On a 409: the revision someone else saved, which "keep my version" saves over. */
  serverRevision: number | null;
  /** Bumped on each edit, so a save that returns after a newer edit keeps the copy dirty. */
  editCount: number;
  /** Failed saves in a row; autosave waits longer after each (backoff). */
  failures: number;
  /** True when the last failure may pass by itself (unreachable server, 5xx, 429). */
  retrying: boolean;
}

/** A server copy to load: the document and its revision. */
export interface ServerCopy<T> {
  id: string;
  scope: string;
  value: T;
  revision: number;
}

/** How a save failed: a 409 names the server's revision; others may be worth retrying. */
export type DraftFailure =
  | { kind: "stale"; message: string; serverRevision: number }
  | { kind: "failed"; message: string; retrying: boolean };

/** True when a draft holds work the server does not have yet. */
export function hasUnsavedWork(draft: Draft<unknown>): boolean {
  return draft.state !== "saved";
}

/** A clean copy of what the server holds. */
export function draftOf<T>(server: ServerCopy<T>): Draft<T> {
  return {
    ...server,
    state: "saved",
    error: null,
    serverRevision: null,
    editCount: 0,
    failures: 0,
    retrying: false,
  };
}

/**
 * The copy to keep when the server's arrives: never unsaved local work, and never an older
 * server copy over a newer one.
 */
export function loadServerCopy<T>(local: Draft<T> | undefined, server: ServerCopy<T>): Draft<T> {
  if (local && (hasUnsavedWork(local) || local.revision >= server.revision)) return local;
  return draftOf(server);
}

/** The draft holding `value`; the same draft when nothing changed. A stale copy stays stale. */
export function editedDraft<T>(draft: Draft<T>, value: T): Draft<T> {
  if (value === draft.value) return draft;
  return {
    ...draft,
    value,
    state: draft.state === "stale" ? "stale" : "dirty",
    editCount: draft.editCount + 1,
  };
}

export function savingDraft<T>(draft: Draft<T>): Draft<T> {
  return { ...draft, state: "saving", error: null };
}

/** A save of the copy made at `editCount` landed as `revision`. */
export function savedDraft<T>(draft: Draft<T>, revision: number, editCount: number): Draft<T> {
  return {
    ...draft,
    revision,
    state: draft.editCount === editCount ? "saved" : "dirty",
    error: null,
    serverRevision: null,
    failures: 0,
    retrying: false,
  };
}

/** A save failed; nothing local is dropped. */
export function failedDraft<T>(draft: Draft<T>, failure: DraftFailure): Draft<T> {
  if (failure.kind === "stale")
    return {
      ...draft,
      state: "stale",
      error: failure.message,
      serverRevision: failure.serverRevision,
      retrying: false,
    };
  return {
    ...draft,
    state: "failed",
    error: failure.message,
    serverRevision: null,
    failures: draft.failures + 1,
    retrying: failure.retrying,
  };
}

/** After a 409: base the copy on the server's revision so the next save overwrites it. */
export function keptDraft<T>(draft: Draft<T>): Draft<T> {
  if (draft.state !== "stale" || draft.serverRevision === null) return draft;
  return { ...draft, revision: draft.serverRevision, serverRevision: null, state: "dirty", error: null };
}

/** After a failed save: unsaved again, so the next save sends it. A stale copy is left alone. */
export function retriedDraft<T>(draft: Draft<T>): Draft<T> {
  return draft.state === "failed" ? { ...draft, state: "dirty", error: null } : draft;
}

/** How long autosave waits before retrying after `failures` failed saves in a row. */
export function retryDelayMs(failures: number): number {
  return Math.min(1000 * 2 ** Math.max(0, failures - 1), 8000);
}
