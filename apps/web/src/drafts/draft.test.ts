import { describe, expect, it } from "vitest";
import {
  draftOf,
  editedDraft,
  failedDraft,
  hasUnsavedWork,
  keptDraft,
  loadServerCopy,
  retriedDraft,
  retryDelayMs,
  savedDraft,
  savingDraft,
} from "./draft";

const server = (revision: number, value: string) => ({ id: "d1", scope: "s1", value, revision });

describe("the draft transitions", () => {
  it("keeps unsaved local work when the server copy reloads, and takes a newer one over a clean copy", () => {
    const local = editedDraft(draftOf(server(1, "server")), "local");
    expect(loadServerCopy(local, server(2, "other tab"))).toBe(local);
    expect(hasUnsavedWork(local)).toBe(true);
    const clean = draftOf(server(1, "old"));
    expect(loadServerCopy(clean, server(3, "new"))).toMatchObject({
      revision: 3,
      value: "new",
      state: "saved",
    });
    expect(loadServerCopy(clean, server(1, "same"))).toBe(clean);
  });

  it("counts no edit when the value is unchanged", () => {
    const draft = draftOf(server(1, "a"));
    expect(editedDraft(draft, "a")).toBe(draft);
  });

  it("stays dirty when an edit lands while a save is in flight", () => {
    const edited = editedDraft(draftOf(server(1, "a")), "b");
    const saving = savingDraft(edited);
    const typedMeanwhile = editedDraft(saving, "c");
    expect(savedDraft(typedMeanwhile, 2, edited.editCount)).toMatchObject({
      revision: 2,
      state: "dirty",
      value: "c",
    });
    expect(savedDraft(saving, 2, edited.editCount)).toMatchObject({ revision: 2, state: "saved" });
  });

  it("marks a stale save, keeps it stale across edits, and keeps mine on the server's revision", () => {
    const stale = failedDraft(editedDraft(draftOf(server(1, "a")), "mine"), {
      kind: "stale",
      message: "changed elsewhere",
      serverRevision: 5,
    });
    const edited = editedDraft(stale, "mine, more");
    expect(edited).toMatchObject({ state: "stale", serverRevision: 5, value: "mine, more" });
    expect(retriedDraft(edited)).toBe(edited);
    expect(keptDraft(edited)).toMatchObject({
      state: "dirty",
      revision: 5,
      serverRevision: null,
      error: null,
    });
  });

  it("counts failures in a row for the backoff, and a save resets them", () => {
    const offline = { kind: "failed", message: "offline", retrying: true } as const;
    const twice = failedDraft(failedDraft(editedDraft(draftOf(server(1, "a")), "b"), offline), offline);
    expect(twice).toMatchObject({ state: "failed", failures: 2, retrying: true });
    expect(retriedDraft(twice)).toMatchObject({ state: "dirty", error: null, failures: 2 });
    expect(savedDraft(twice, 2, twice.editCount)).toMatchObject({
      state: "saved",
      failures: 0,
      retrying: false,
    });
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
