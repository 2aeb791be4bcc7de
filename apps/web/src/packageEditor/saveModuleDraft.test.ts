import { QueryClient } from "@tanstack/react-query";
import type { DraftModule } from "@tessera/model";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { packageQueryOptions } from "../api/packages";
import { useEditorStore } from "../store/editorStore";
import { STALE_MESSAGE, saveModuleDraft } from "./saveModuleDraft";

const draft = (revision: number, source: string): DraftModule => ({
  id: "m1",
  revision,
  updatedAt: "2026-01-01T00:00:00Z",
  module: { kind: "js", name: "Login", inputs: [], source },
});
const edit = (source: string) =>
  useEditorStore.getState().editModule("m1", (m) => ({ ...m, source }) as typeof m);
const local = () => useEditorStore.getState().moduleDrafts.m1;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

let queryClient: QueryClient;
beforeEach(() => {
  queryClient = new QueryClient();
  useEditorStore.setState({ moduleDrafts: {} });
  useEditorStore.getState().loadModuleDraft(draft(1, "a"));
});
afterEach(() => vi.unstubAllGlobals());

describe("saveModuleDraft", () => {
  it("sends the revision it is based on and records the new one", async () => {
    const fetchMock = vi.fn(async () => json(200, { module: draft(2, "b") }));
    vi.stubGlobal("fetch", fetchMock);
    edit("b");
    await expect(saveModuleDraft(queryClient, "p1", "m1")).resolves.toBe(true);
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe("/api/v1/packages/p1/modules/m1");
    expect(JSON.parse(String(init.body))).toMatchObject({ revision: 1, module: { source: "b" } });
    expect(local()).toMatchObject({ revision: 2, saveState: "saved", saving: false });
  });

  it("does not call the server when nothing changed", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await expect(saveModuleDraft(queryClient, "p1", "m1")).resolves.toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("waits for a save in flight, then saves the newer text on the new revision", async () => {
    const revisions: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal("fetch", async (_path: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      revisions.push(body.revision);
      if (revisions.length === 1) await gate;
      return json(200, { module: draft(body.revision + 1, body.module.source) });
    });
    edit("b");
    const first = saveModuleDraft(queryClient, "p1", "m1");
    edit("c");
    const second = saveModuleDraft(queryClient, "p1", "m1");
    release();
    await Promise.all([first, second]);
    expect(revisions).toEqual([1, 2]);
    expect(local()).toMatchObject({ revision: 3, saveState: "saved", module: { source: "c" } });
  });

  it("lets only one of several waiting callers save, so none sends a revision twice", async () => {
    const revisions: number[] = [];
    vi.stubGlobal("fetch", async (_path: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body));
      revisions.push(body.revision);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return json(200, { module: draft(body.revision + 1, body.module.source) });
    });
    edit("b");
    const first = saveModuleDraft(queryClient, "p1", "m1");
    edit("c");
    const waiting = [saveModuleDraft(queryClient, "p1", "m1"), saveModuleDraft(queryClient, "p1", "m1")];
    await Promise.all([first, ...waiting]);
    expect(revisions).toEqual([1, 2]);
    expect(local()).toMatchObject({ revision: 3, saveState: "saved" });
  });

  it("keeps the local text and marks it stale on 409 stale_revision", async () => {
    vi.stubGlobal("fetch", async () =>
      json(409, { error: { code: "stale_revision", message: "stale", revision: 4 } }),
    );
    edit("mine");
    await expect(saveModuleDraft(queryClient, "p1", "m1")).resolves.toBe(false);
    expect(local()).toMatchObject({
      saveState: "stale",
      serverRevision: 4,
      error: STALE_MESSAGE,
      module: { source: "mine" },
    });
  });

  it("updates the cached package so a refetch does not look newer than the save", async () => {
    queryClient.setQueryData(packageQueryOptions("p1").queryKey, {
      package: {
        id: "p1",
        workspaceId: "w1",
        name: "Auth",
        latestVersion: 1,
        hasUnpublishedChanges: false,
        updatedAt: "",
      },
      modules: [draft(1, "a")],
    });
    vi.stubGlobal("fetch", async () => json(200, { module: draft(2, "b") }));
    edit("b");
    await saveModuleDraft(queryClient, "p1", "m1");
    const cached = queryClient.getQueryData(packageQueryOptions("p1").queryKey);
    expect(cached?.modules[0].revision).toBe(2);
    expect(cached?.package.hasUnpublishedChanges).toBe(true);
  });
});
