import { isApiError } from "../api/ApiRequestError";
import { errorText } from "../shared/components/ErrorMessage";
import { type Draft, type DraftFailure, failedDraft, hasUnsavedWork, savedDraft, savingDraft } from "./draft";
import type { DraftStore } from "./draftStore";

/** What the machine needs of one editor to save its drafts of one kind. */
export interface DraftAdapter<T> {
  store: DraftStore<T>;
  /** What a draft is to the author ("page", "module"), for the status and messages. */
  noun: string;
  /**
   * Saves the copy naming `draft.revision` and tells the query cache; resolves to the new
   * revision. A stale revision rejects with 409 `stale_revision`.
   */
  save: (draft: Draft<T>) => Promise<number>;
  /** The server's current revision, for a 409 that did not name it. */
  currentRevision: (id: string) => Promise<number>;
  /** Fetches the saved copy again after the local one was dropped. */
  loadSaved: (id: string) => Promise<void>;
}

/** Shown on a 409: the local copy stays on screen until the author picks a version. */
export function staleMessage(noun: string): string {
  return `This ${noun} was changed elsewhere (another tab or another author). Your changes are kept here: choose which version to keep.`;
}

// At most one save per draft in flight: a second would name the same revision and be refused.
const inFlight = new Map<string, Promise<boolean>>();

/**
 * Saves a draft if it has unsaved work (dirty or failed), waiting for a save already in flight
 * first. Resolves true when the server then holds what is on screen; a stale draft is not sent.
 */
export async function saveDraft<T>(adapter: DraftAdapter<T>, id: string): Promise<boolean> {
  const key = `${adapter.store.kind}:${id}`;
  // A loop, not an if: several callers may wait on one save, and the first to resume starts
  // the next one, which the others must then wait for too.
  for (let running = inFlight.get(key); running; running = inFlight.get(key)) await running;
  const draft = adapter.store.get(id);
  if (!draft) return false;
  if (draft.state === "saved") return true;
  if (draft.state === "stale") return false;
  const { editCount } = draft;
  adapter.store.update(id, savingDraft);
  const save = (async () => {
    try {
      const revision = await adapter.save(draft);
      adapter.store.update(id, (local) => savedDraft(local, revision, editCount));
      return adapter.store.get(id)?.state === "saved";
    } catch (error) {
      const failure = await failureOf(adapter, draft, error);
      adapter.store.update(id, (local) => failedDraft(local, failure));
      return false;
    } finally {
      inFlight.delete(key);
    }
  })();
  inFlight.set(key, save);
  return save;
}

async function failureOf<T>(
  adapter: DraftAdapter<T>,
  draft: Draft<T>,
  error: unknown,
): Promise<DraftFailure> {
  const message = staleMessage(adapter.noun);
  if (isApiError(error, 409, "stale_revision")) {
    const serverRevision =
      error.revision ?? (await adapter.currentRevision(draft.id).catch(() => draft.revision + 1));
    return { kind: "stale", message, serverRevision };
  }
  // Unreachable, overloaded or rate limited: the same save may pass in a moment.
  const retrying = isApiError(error) && (error.status === 0 || error.status === 429 || error.status >= 500);
  return { kind: "failed", message: `Saving failed: ${errorText(error)}`, retrying };
}

/**
 * Saves every unsaved draft of a scope (before a deploy or a publish); rejects when one cannot
 * be saved. Edits made meanwhile are saved too.
 */
export async function saveAllDrafts<T>(adapter: DraftAdapter<T>, scope: string): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const unsaved = adapter.store.inScope(scope).filter(hasUnsavedWork);
    if (unsaved.length === 0) return;
    const blocked = unsaved.find((draft) => draft.state === "stale");
    if (blocked) throw new Error(`A ${adapter.noun} could not be saved: ${blocked.error ?? "unknown error"}`);
    await Promise.all(unsaved.map((draft) => saveDraft(adapter, draft.id)));
    const failed = adapter.store
      .inScope(scope)
      .find((draft) => draft.state === "failed" || draft.state === "stale");
    if (failed) throw new Error(`A ${adapter.noun} could not be saved: ${failed.error ?? "unknown error"}`);
  }
  throw new Error(`The ${adapter.noun}s kept changing while saving; try again.`);
}
