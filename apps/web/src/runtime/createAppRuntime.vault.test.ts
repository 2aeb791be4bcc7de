import { createInlineWorker } from "@tessera/engine";
import type { ViewerPage, Widget } from "@tessera/model";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AppRuntime, createAppRuntime } from "./createAppRuntime";
import type { VaultAccess } from "./vaultAccess";

const w = (name: string, type: string, y: number, props: Record<string, unknown>): Widget => ({
  id: name,
  name,
  type,
  parentId: null,
  layout: { x: 0, y, w: 20, h: 4 },
  props,
});

const page: ViewerPage = {
  id: "home",
  name: "Home",
  slug: "home",
  isHome: true,
  widgets: [
    w("Keys", "Text", 0, { text: "{{appsmith.vault.keys.join(',') || 'empty'}}" }),
    w("SignIn", "Button", 5, { label: "Sign in", onClick: "{{SignIn.run()}}" }),
    w("Profile", "Button", 10, { label: "Profile", onClick: "{{Me.run().catch(() => showAlert('gone'))}}" }),
    w("Out", "Button", 15, { label: "Out", onClick: "{{clearStore()}}" }),
  ],
  queries: [
    { name: "SignIn", bindings: [], runOnPageLoad: false },
    { name: "Me", bindings: [], runOnPageLoad: false },
  ],
  jsObjects: [],
  moduleInstances: [],
};

/** A vault that remembers what it was asked, starting with `keys`. */
function fakeVault(keys: string[]): VaultAccess & { cleared: number; asked: number } {
  const vault = {
    cleared: 0,
    asked: 0,
    keys: async () => {
      vault.asked += 1;
      return keys;
    },
    clear: async () => {
      vault.cleared += 1;
    },
  };
  return vault;
}

let runtime: AppRuntime | undefined;
let answers: Record<string, { status: number; body: unknown }>;

beforeEach(() => {
  vi.stubGlobal("window", { location: new URL("http://localhost/app/a/home"), history: { pushState() {} } });
  vi.stubGlobal("fetch", async (_url: string, init: { body: string }) => {
    const { query } = JSON.parse(init.body) as { query: string };
    const answer = answers[query];
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "content-type": "application/json" },
    });
  });
});

afterEach(() => {
  runtime?.dispose();
  runtime = undefined;
  vi.unstubAllGlobals();
});

async function start(vault: VaultAccess, shown: ViewerPage = page) {
  runtime = createAppRuntime({
    appId: "a",
    runScope: "deployment",
    pages: [shown],
    packages: [],
    initialPage: shown,
    createWorker: createInlineWorker,
    storage: null,
    vault,
  });
  await runtime.start();
  return runtime;
}

const keysShown = () => runtime!.getSnapshot().state.values.Keys?.text;
const ran = (body: unknown) => ({ status: 200, body });

describe("the vault in the app runtime", () => {
  it("starts from the key names the server has for the visitor", async () => {
    await start(fakeVault(["access_token"]));
    expect(keysShown()).toBe("access_token");
  });

  it("evaluates a page whose code never reads the vault without waiting for its key names", async () => {
    let answer: (keys: string[]) => void = () => {};
    const slow = {
      keys: () => new Promise<string[]>((resolve) => (answer = resolve)),
      clear: async () => {},
    };
    const plain = { ...page, widgets: [w("Hello", "Text", 0, { text: "{{'hi ' + appsmith.store.name}}" })] };
    const rt = await start(slow, plain);
    expect(rt.getSnapshot().state.values.Hello?.text).toBe("hi undefined");
    answer(["access_token"]);
  });

  it("asks for no key names when no code of the page may read them", async () => {
    const vault = fakeVault(["access_token"]);
    const plain = { ...page, widgets: [w("Hello", "Text", 0, { text: "{{'hi ' + appsmith.store.name}}" })] };
    const rt = await start(vault, plain);
    expect(rt.getSnapshot().state.values.Hello?.text).toBe("hi undefined");
    expect(vault.asked).toBe(0);
  });

  it("follows the names in run answers, and empties them on session_expired", async () => {
    answers = {
      SignIn: ran({
        ok: true,
        status: 200,
        headers: {},
        durationMs: 1,
        body: {},
        vault: { keys: ["access_token"], kept: ["access_token"] },
      }),
      Me: {
        status: 401,
        body: { error: { code: "session_expired", message: "The session has expired: sign in again" } },
      },
    };
    const rt = await start(fakeVault([]));
    expect(keysShown()).toBe("empty");
    await rt.runEvent("SignIn", "onClick");
    expect(keysShown()).toBe("access_token");
    await rt.runEvent("Profile", "onClick");
    expect(keysShown()).toBe("empty");
    expect(rt.getSnapshot().alerts.map((alert) => alert.message)).toContain("gone");
  });

  it("clears the vault on the server with clearStore when it holds keys", async () => {
    const vault = fakeVault(["access_token"]);
    const rt = await start(vault);
    await rt.runEvent("Out", "onClick");
    expect(vault.cleared).toBe(1);
    expect(keysShown()).toBe("empty");
  });

  it("asks for the key names on clearStore when no page asked, and clears a vault that holds some", async () => {
    // A visitor back with a session of an earlier visit, on a page that never reads the vault.
    const vault = fakeVault(["access_token"]);
    const plain = {
      ...page,
      widgets: [w("Out", "Button", 0, { label: "Out", onClick: "{{clearStore()}}" })],
    };
    const rt = await start(vault, plain);
    expect(vault.asked).toBe(0);
    await rt.runEvent("Out", "onClick");
    expect(vault.asked).toBe(1);
    expect(vault.cleared).toBe(1);
    await rt.runEvent("Out", "onClick");
    expect(vault.asked).toBe(1);
    expect(vault.cleared).toBe(1);
  });
});
