import { QueryClient } from "@tanstack/react-query";
import type { DraftModule, PageDoc, PageDraft } from "@tessera/model";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { packageQueryOptions } from "../api/packages";
import { pageKeys } from "../api/pages";
import { loadPageDraft, pageDraftAdapter } from "../appEditor/save/pageDrafts";
import { pageDocFixture, widgetFixture } from "../appEditor/test/pageDocFixture";
import { editModule, loadModuleDraft, moduleDraftAdapter } from "../packageEditor/moduleDrafts";
import { useEditorStore } from "../store/editorStore";
import { DraftStatus } from "./DraftStatus";
import { keptDraft } from "./draft";
import { type DraftAdapter, saveAllDrafts, saveDraft } from "./saveDraft";

/**
 * One scenario list run through both editors' adapters: the machine is the same, only what a
 * draft holds and the routes it is saved to differ. Each case maps a draft to one text.
 */
interface EditorCase {
  name: string;
  noun: string;
  adapter: (queryClient: QueryClient) => DraftAdapter<unknown>;
  load: (revision: number, text: string) => void;
  edit: (text: string) => void;
  text: () => string | undefined;
  /** The save route, and what it answers for a saved body. */
  path: string;
  textOfBody: (body: Record<string, unknown>) => string;
  savedAnswer: (revision: number, text: string) => unknown;
  /** What the route that reads the saved copy answers. */
  readPath: string;
  readAnswer: (revision: number, text: string) => unknown;
  cachedRevision: (queryClient: QueryClient) => number | undefined;
}

const pageDoc = (text: string): PageDoc =>
  pageDocFixture([widgetFixture({ id: "w1", name: "Text1", props: { text } })]);
const pageDraft = (revision: number, text: string): PageDraft => ({
  pageId: "d1",
  revision,
  updatedAt: "2026-01-01T00:00:00Z",
  doc: pageDoc(text),
});
const moduleDraft = (revision: number, source: string): DraftModule => ({
  id: "d1",
  revision,
  updatedAt: "2026-01-01T00:00:00Z",
  module: { kind: "js", name: "Login", inputs: [], source },
});

const pages: EditorCase = {
  name: "the app editor's page drafts",
  noun: "page",
  adapter: (queryClient) => pageDraftAdapter(queryClient, "app1") as DraftAdapter<unknown>,
  load: (revision, text) => loadPageDraft("app1", pageDraft(revision, text)),
  edit: (text) =>
    useEditorStore.getState().editPage("d1", (doc) => ({
      ...doc,
      widgets: doc.widgets.map((w) => ({ ...w, props: { ...w.props, text } })),
    })),
  text: () => useEditorStore.getState().drafts.page.d1?.value.present.widgets[0].props.text as string,
  path: "/api/v1/apps/app1/pages/d1/doc",
  textOfBody: (body) => (body.doc as PageDoc).widgets[0].props.text as string,
  savedAnswer: (revision, text) => pageDraft(revision, text),
  readPath: "/api/v1/apps/app1/pages/d1/doc",
  readAnswer: (revision, text) => pageDraft(revision, text),
  cachedRevision: (queryClient) => queryClient.getQueryData<PageDraft>(pageKeys.doc("app1", "d1"))?.revision,
};

const modules: EditorCase = {
  name: "the package editor's module drafts",
  noun: "module",
  adapter: (queryClient) => moduleDraftAdapter(queryClient, "p1") as DraftAdapter<unknown>,
  load: (revision, text) => loadModuleDraft("p1", moduleDraft(revision, text)),
  edit: (source) => editModule("d1", (m) => (m.kind === "js" ? { ...m, source } : m)),
  text: () => {
    const body = useEditorStore.getState().drafts.module.d1?.value;
    return body?.kind === "js" ? body.source : undefined;
  },
  path: "/api/v1/packages/p1/modules/d1",
  textOfBody: (body) => (body.module as { source: string }).source,
  savedAnswer: (revision, text) => ({ module: moduleDraft(revision, text) }),
  readPath: "/api/v1/packages/p1",
  readAnswer: (revision, text) => ({
    package: {
      id: "p1",
      workspaceId: "w1",
      name: "Auth",
      latestVersion: null,
      hasUnpublishedChanges: true,
      updatedAt: "",
    },
    modules: [moduleDraft(revision, text)],
  }),
  cachedRevision: (queryClient) =>
    queryClient.getQueryData(packageQueryOptions("p1").queryKey)?.modules[0].revision,
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const stale = (revision?: number) =>
  json(409, { error: { code: "stale_revision", message: "stale", ...(revision ? { revision } : {}) } });

/** A fake server: saves land on `revision + 1` unless `answer` says otherwise; reads give `theirs`. */
function stubServer(
  c: EditorCase,
  answer?: (body: Record<string, unknown>, call: number) => Response | Promise<Response>,
) {
  const saves: Array<{ revision: number; text: string }> = [];
  const reads: string[] = [];
  let theirs = { revision: 1, text: "a" };
  vi.stubGlobal("fetch", async (path: string, init?: RequestInit) => {
    if (!init?.method || init.method === "GET") {
      reads.push(path);
      expect(path).toBe(c.readPath);
      return json(200, c.readAnswer(theirs.revision, theirs.text));
    }
    expect(path).toBe(c.path);
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    const save = { revision: body.revision as number, text: c.textOfBody(body) };
    saves.push(save);
    const custom = await answer?.(body, saves.length);
    return custom ?? json(200, c.savedAnswer(save.revision + 1, save.text));
  });
  return { saves, reads, setTheirs: (revision: number, text: string) => (theirs = { revision, text }) };
}

describe.each([pages, modules])("the draft machine through $name", (c) => {
  let queryClient: QueryClient;
  let adapter: DraftAdapter<unknown>;
  const local = () => adapter.store.get("d1");

  beforeEach(() => {
    queryClient = new QueryClient();
    useEditorStore.setState({ drafts: { module: {}, page: {} } });
    c.load(1, "a");
    adapter = c.adapter(queryClient);
    // The editor has its server copy cached, as after opening it.
    queryClient.setQueryData(
      c === pages ? pageKeys.doc("app1", "d1") : packageQueryOptions("p1").queryKey,
      c.readAnswer(1, "a") as never,
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it("saves naming the revision it is based on, and the cache learns the new one", async () => {
    const server = stubServer(c);
    c.edit("b");
    expect(local()?.state).toBe("dirty");
    await expect(saveDraft(adapter, "d1")).resolves.toBe(true);
    expect(server.saves).toEqual([{ revision: 1, text: "b" }]);
    expect(local()).toMatchObject({ revision: 2, state: "saved", error: null });
    expect(c.cachedRevision(queryClient)).toBe(2);
    expect(c.text()).toBe("b");
  });

  it("does not call the server when nothing changed", async () => {
    const server = stubServer(c);
    await expect(saveDraft(adapter, "d1")).resolves.toBe(true);
    expect(server.saves).toEqual([]);
  });

  it("sends one save at a time: an edit made meanwhile is saved next, on the new revision", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = stubServer(c, async (_body, call) => {
      if (call === 1) await gate;
      return undefined as never;
    });
    c.edit("b");
    const first = saveDraft(adapter, "d1");
    c.edit("c");
    const waiting = [saveDraft(adapter, "d1"), saveDraft(adapter, "d1")];
    release();
    await Promise.all([first, ...waiting]);
    expect(server.saves).toEqual([
      { revision: 1, text: "b" },
      { revision: 2, text: "c" },
    ]);
    expect(local()).toMatchObject({ revision: 3, state: "saved" });
  });

  it("keeps local work on a stale 409, sends nothing more, then keeps mine over the server's revision", async () => {
    const server = stubServer(c, (_body, call) => (call === 1 ? stale(4) : (undefined as never)));
    c.edit("mine");
    await expect(saveDraft(adapter, "d1")).resolves.toBe(false);
    expect(local()).toMatchObject({ state: "stale", serverRevision: 4, revision: 1 });
    expect(local()?.error).toContain(`This ${c.noun} was changed elsewhere`);
    expect(c.text()).toBe("mine");
    // Stale waits for the author: neither an edit nor a save sends it again.
    c.edit("mine, more");
    await expect(saveDraft(adapter, "d1")).resolves.toBe(false);
    await expect(saveAllDrafts(adapter, local()!.scope)).rejects.toThrow("changed elsewhere");
    expect(server.saves).toHaveLength(1);
    adapter.store.update("d1", keptDraft);
    await expect(saveDraft(adapter, "d1")).resolves.toBe(true);
    expect(server.saves[1]).toEqual({ revision: 4, text: "mine, more" });
    expect(local()).toMatchObject({ state: "saved", revision: 5 });
  });

  it("fetches the current revision when a 409 does not name it", async () => {
    const server = stubServer(c, (_body, call) => (call === 1 ? stale() : (undefined as never)));
    server.setTheirs(7, "theirs");
    c.edit("mine");
    await saveDraft(adapter, "d1");
    expect(server.reads).toEqual([c.readPath]);
    expect(local()).toMatchObject({ state: "stale", serverRevision: 7 });
    expect(c.text()).toBe("mine");
  });

  it("loads the saved version when the author drops theirs", async () => {
    const server = stubServer(c, () => stale(3));
    server.setTheirs(3, "theirs");
    c.edit("mine");
    await saveDraft(adapter, "d1");
    adapter.store.drop("d1");
    await adapter.loadSaved("d1");
    expect(local()).toMatchObject({ state: "saved", revision: 3 });
    expect(c.text()).toBe("theirs");
  });

  it("marks an unreachable server as a failure to retry, and a retry saves", async () => {
    const server = stubServer(c, (_body, call) => {
      if (call <= 2) throw new TypeError("Failed to fetch");
      return undefined as never;
    });
    c.edit("offline");
    await expect(saveDraft(adapter, "d1")).resolves.toBe(false);
    expect(local()).toMatchObject({ state: "failed", retrying: true, failures: 1 });
    expect(local()?.error).toMatch(/^Saving failed: /);
    await expect(saveDraft(adapter, "d1")).resolves.toBe(false);
    expect(local()).toMatchObject({ state: "failed", failures: 2 });
    await expect(saveDraft(adapter, "d1")).resolves.toBe(true);
    expect(server.saves.map((s) => s.text)).toEqual(["offline", "offline", "offline"]);
    expect(local()).toMatchObject({ state: "saved", failures: 0, retrying: false, revision: 2 });
  });

  it("does not retry by itself a save the server refused as invalid", async () => {
    stubServer(c, () => json(400, { error: { code: "invalid_body", message: "Name is required" } }));
    c.edit("bad");
    await saveDraft(adapter, "d1");
    expect(local()).toMatchObject({
      state: "failed",
      retrying: false,
      error: "Saving failed: Name is required",
    });
    await expect(saveAllDrafts(adapter, local()!.scope)).rejects.toThrow("Name is required");
  });

  it("shows the same status labels", () => {
    const status = () => renderToStaticMarkup(<DraftStatus draft={local()} noun={c.noun} />);
    expect(status()).toContain(">All changes saved<");
    c.edit("b");
    expect(status()).toContain(">Unsaved changes<");
    expect(status()).toContain('data-save-state="dirty"');
    adapter.store.update("d1", (d) => ({ ...d, state: "stale" }));
    expect(status()).toContain(`>Not saved: ${c.noun} changed elsewhere<`);
  });
});
