import { createInlineWorker, MAX_RESTARTS, type WorkerLike } from "@tessera/engine";
import { expandUiModules, type ViewerPackage, type ViewerPage, type Widget } from "@tessera/model";
import { loadWidgets } from "@tessera/widgets";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { KeyValueStorage } from "./appStore";
import { type AppRuntime, type AppRuntimeSnapshot, createAppRuntime } from "./createAppRuntime";

// The runtime talks to the browser through `window` and `fetch`; these stand-ins record what
// it asked for. The engine runs for real, on this thread (createInlineWorker).
class FakeWindow {
  location = new URL("http://localhost/app/login-app/loginpage") as URL & { assign(url: string): void };
  pushed: string[] = [];
  opened: string[] = [];
  history = {
    pushState: (_state: unknown, _title: string, url: string) => {
      this.pushed.push(url);
      this.location = Object.assign(new URL(url, this.location.href), { assign: () => {} });
    },
  };
  open(url: string) {
    this.opened.push(url);
    return null;
  }
}

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const at = (y: number) => ({ x: 0, y, w: 20, h: 4 });
const w = (name: string, type: string, y: number, props: Record<string, unknown>): Widget => ({
  id: name,
  name,
  type,
  parentId: null,
  layout: at(y),
  props,
});

const LOGIN = `export default {
  signin: ({ email, password }) =>
    sign_in.run({ email, password }).then((session) => {
      const { user, ...tokens } = session;
      return Promise.all(Object.keys(tokens).map((key) => storeValue(key, tokens[key])));
    }).then(() => navigateTo("Home")),
  async signout() {
    await clearStore();
    await navigateTo("LoginPage");
  },
  async guard() {
    if (!appsmith.store.access_token) await navigateTo("LoginPage");
  },
};`;

const instance = (runOnPageLoad: string[]) => ({
  id: "m",
  name: "Login1",
  uiModules: [],
  packageId: "pkg",
  moduleName: "Login",
  version: 1,
  runOnPageLoad,
  inputs: {},
  confirmBeforeRun: false,
});

const loginPage: ViewerPage = {
  id: "page-login",
  name: "LoginPage",
  slug: "loginpage",
  isHome: false,
  widgets: [
    w("Input1", "Input", 0, { label: "Email", required: true }),
    w("Input2", "Input", 8, { label: "Password", inputType: "password" }),
    w("Button1", "Button", 16, {
      label: "Login",
      onClick: "{{Login1.signin({ email: Input1.text, password: Input2.text })}}",
    }),
  ],
  queries: [],
  jsObjects: [],
  moduleInstances: [instance([])],
};

const homePage: ViewerPage = {
  id: "page-home",
  name: "Home",
  slug: "home",
  isHome: true,
  widgets: [
    w("Text1", "Text", 0, { text: "{{appsmith.store.access_token ? 'Signed in' : ''}}" }),
    w("Button1", "Button", 6, { label: "Sign out", onClick: "{{Login1.signout()}}" }),
  ],
  queries: [],
  jsObjects: [],
  moduleInstances: [instance(["guard"])],
};

/** A sign-in form as a UI module: it calls the package's sign_in and tells the app. */
const loginForm: ViewerPackage["uiModules"][number] = {
  kind: "ui",
  name: "LoginForm",
  inputs: [{ name: "title", type: "text", required: false, defaultValue: "Sign in", description: "" }],
  widgets: [
    w("Text1", "Text", 0, { text: "{{props.title}}" }),
    w("Input1", "Input", 6, { label: "Email" }),
    w("Input2", "Input", 12, { label: "Password", inputType: "password" }),
    w("Button1", "Button", 18, {
      label: "Login",
      onClick:
        "{{sign_in.run({ email: Input1.text, password: Input2.text }).then(() => emit('onSignedIn'))}}",
    }),
  ],
  outputs: [{ name: "email", value: "{{Input1.text}}", description: "" }],
  events: [{ name: "onSignedIn", description: "" }],
};

const packages: ViewerPackage[] = [
  {
    uiModules: [loginForm],
    packageId: "pkg",
    version: 1,
    jsModules: [{ kind: "js", name: "Login", inputs: [], source: LOGIN }],
    queryModules: [
      {
        name: "sign_in",
        inputs: [
          { name: "email", type: "any", required: false, defaultValue: "", description: "" },
          { name: "password", type: "any", required: false, defaultValue: "", description: "" },
        ],
        bindings: ["inputs.email", "inputs.password"],
      },
    ],
  },
];

let fakeWindow: FakeWindow;
let runs: unknown[];
let runtime: AppRuntime | undefined;

beforeEach(() => {
  fakeWindow = new FakeWindow();
  runs = [];
  vi.stubGlobal("window", fakeWindow);
  vi.stubGlobal("fetch", async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body);
    runs.push(body);
    const good = body.values["inputs.password"] === "password123";
    const result = good
      ? {
          ok: true,
          status: 200,
          headers: {},
          durationMs: 1,
          body: { access_token: "at", refresh_token: "rt", user: { id: 1 } },
        }
      : { ok: false, status: 400, headers: {}, durationMs: 1, body: { msg: "Invalid login credentials" } };
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
});

afterEach(() => {
  runtime?.dispose();
  runtime = undefined;
  vi.unstubAllGlobals();
});

function start(initialPage: ViewerPage, storage = memoryStorage()) {
  const seen: AppRuntimeSnapshot[] = [];
  runtime = createAppRuntime({
    appId: "app1",
    runScope: "deployment",
    pages: [loginPage, homePage],
    packages,
    initialPage,
    pageUrl: (page) => `/app/login-app/${page.slug}`,
    createWorker: createInlineWorker,
    storage,
  });
  runtime.subscribe(() => seen.push(runtime!.getSnapshot()));
  return { runtime, storage, seen };
}

/**
 * Engine workers on this thread, the first `stuck` of which stop answering once started, as
 * one stuck in a binding would (a real one cannot be stuck here: it would stop the test too).
 */
function workersStuckFirst(stuck: number) {
  let made = 0;
  return {
    made: () => made,
    createWorker: (): WorkerLike => {
      const inline = createInlineWorker();
      if (++made > stuck) return inline;
      return { ...inline, postMessage: () => {} };
    },
  };
}

/** A sign-in page with a bound Text whose binding gets stuck. */
const stuckPage: ViewerPage = {
  ...loginPage,
  id: "page-stuck",
  widgets: [...loginPage.widgets, w("Text1", "Text", 24, { text: "{{Input1.text.toUpperCase()}}" })],
  moduleInstances: [],
};

function startStuck(stuck: number) {
  const workers = workersStuckFirst(stuck);
  const seen: AppRuntimeSnapshot[] = [];
  runtime = createAppRuntime({
    appId: "app1",
    runScope: "deployment",
    pages: [stuckPage],
    packages,
    initialPage: stuckPage,
    createWorker: workers.createWorker,
    storage: memoryStorage(),
    limits: { triggerMs: 50 },
    alertMs: 600_000,
  });
  const current = runtime;
  runtime.subscribe(() => seen.push(current.getSnapshot()));
  return { runtime: current, workers, seen };
}

async function settled(runtime: AppRuntime, pageName: string) {
  await vi.waitFor(() => {
    const snapshot = runtime.getSnapshot();
    expect(snapshot.page.name).toBe(pageName);
    expect(snapshot.status).toBe("ready");
    expect(snapshot.pending.size).toBe(0);
  });
}

beforeAll(() => loadWidgets());

describe("createAppRuntime", () => {
  it("signs in through the server, stores the tokens but not the user, and opens Home", async () => {
    const { runtime, storage } = start(loginPage);
    await runtime.start();
    runtime.setMeta("Input1", { text: "demo@example.com" });
    runtime.setMeta("Input2", { text: "password123" });
    await runtime.runEvent("Button1", "onClick");

    expect(runs).toEqual([
      {
        scope: "deployment",
        appId: "app1",
        pageId: "page-login",
        instance: "Login1",
        query: "sign_in",
        values: { "inputs.email": "demo@example.com", "inputs.password": "password123" },
        inputs: { email: "demo@example.com", password: "password123" },
      },
    ]);
    expect(JSON.parse(storage.data.get("tessera:store:app1")!)).toEqual({
      access_token: "at",
      refresh_token: "rt",
    });
    await settled(runtime, "Home");
    expect(fakeWindow.pushed).toEqual(["http://localhost/app/login-app/home"]);
    await vi.waitFor(() => expect(runtime.getSnapshot().state.values.Text1?.text).toBe("Signed in"));
  });

  it("runs a UI module's instance: its props, its calls of the package and the event the app wired", async () => {
    const formWidget: Widget = {
      ...w("LoginForm1", "UiModule", 0, { title: "Welcome", onSignedIn: "{{navigateTo('Home')}}" }),
      module: { packageId: "pkg", moduleName: "LoginForm", version: 1 },
    };
    const formPage: ViewerPage = {
      ...loginPage,
      widgets: [formWidget, w("Echo", "Text", 40, { text: "{{LoginForm1.email}}" })],
      moduleInstances: [],
    };
    const expanded = expandUiModules(formPage, packages).page;
    runtime = createAppRuntime({
      appId: "app1",
      runScope: "deployment",
      // Home without its sign-in guard: this form stores no tokens.
      pages: [expanded, { ...homePage, moduleInstances: [] }],
      packages,
      initialPage: expanded,
      pageUrl: (page) => `/app/login-app/${page.slug}`,
      createWorker: createInlineWorker,
      storage: memoryStorage(),
    });
    await runtime.start();
    const current = runtime;
    await vi.waitFor(() =>
      expect(current.getSnapshot().state.values.LoginForm1__Text1?.text).toBe("Welcome"),
    );
    runtime.setMeta("LoginForm1__Input1", { text: "demo@example.com" });
    runtime.setMeta("LoginForm1__Input2", { text: "password123" });
    await vi.waitFor(() => expect(current.getSnapshot().state.values.Echo?.text).toBe("demo@example.com"));
    await runtime.runEvent("LoginForm1__Button1", "onClick");
    expect(runs).toEqual([expect.objectContaining({ instance: "LoginForm1__sign_in", query: "sign_in" })]);
    await settled(runtime, "Home");
  });

  it("shows a UI module prop of the wrong type as the instance's binding error", async () => {
    const formPage: ViewerPage = {
      ...loginPage,
      widgets: [
        {
          ...w("LoginForm1", "UiModule", 0, { title: "{{ 6 * 7 }}" }),
          module: { packageId: "pkg", moduleName: "LoginForm", version: 1 },
        },
      ],
      moduleInstances: [],
    };
    const expanded = expandUiModules(formPage, packages).page;
    const { runtime } = start(expanded);
    await runtime.start();
    const message = "LoginForm1: prop title must be text, got number 42";
    expect(runtime.getSnapshot().state.errors["LoginForm1.props"]).toBe(message);
    expect(runtime.getSnapshot().alerts).toEqual([
      expect.objectContaining({ type: "error", message: expect.stringContaining(message) }),
    ]);
  });

  it("keeps what is typed and clicked after the page paints but before the engine has it", async () => {
    const { runtime } = start(loginPage);
    const started = runtime.start();
    // The page has painted from its static props; the engine has not been sent it yet.
    runtime.setMeta("Input1", { text: "demo@example.com" });
    runtime.setMeta("Input2", { text: "password123" });
    await runtime.runEvent("Button1", "onClick");
    await started;
    expect(runs).toEqual([
      expect.objectContaining({
        values: { "inputs.email": "demo@example.com", "inputs.password": "password123" },
      }),
    ]);
    await settled(runtime, "Home");
  });

  it("wakes only the widget whose meta changed, and every widget on an evaluation", async () => {
    const { runtime } = start(loginPage);
    await runtime.start();
    await runtime.evaluated();
    const woken: string[] = [];
    for (const name of ["Input1", "Input2", "Button1"]) runtime.subscribeWidget(name, () => woken.push(name));
    runtime.setMeta("Input2", { text: "p" });
    expect(new Set(woken)).toEqual(new Set(["Input2"]));
    woken.length = 0;
    await vi.waitFor(() => expect(new Set(woken)).toEqual(new Set(["Input1", "Input2", "Button1"])));
  });

  it("shows the upstream message of a refused sign-in as an error alert and stays", async () => {
    const { runtime } = start(loginPage);
    await runtime.start();
    runtime.setMeta("Input1", { text: "demo@example.com" });
    runtime.setMeta("Input2", { text: "nope" });
    await runtime.runEvent("Button1", "onClick");
    await vi.waitFor(() =>
      expect(runtime.getSnapshot().alerts).toEqual([
        expect.objectContaining({
          type: "error",
          message: expect.stringContaining("Invalid login credentials"),
        }),
      ]),
    );
    expect(runtime.getSnapshot().page.name).toBe("LoginPage");
    expect(fakeWindow.pushed).toEqual([]);
  });

  it("keeps a guarded page hidden while its guard sends a visitor away", async () => {
    const { runtime, seen } = start(homePage);
    await runtime.start();
    await settled(runtime, "LoginPage");
    expect(seen.some((snapshot) => snapshot.page.name === "Home" && snapshot.status === "ready")).toBe(false);
  });

  it("follows an entry guard compiled at deploy without starting the guarded page's code", async () => {
    const guarded: ViewerPage = {
      ...homePage,
      compiled: {
        expressions: {},
        handlers: {},
        jsObjects: {},
        entryGuard: { storeLacks: "access_token", navigateTo: "LoginPage" },
      },
    };
    const loads: string[] = [];
    fakeWindow.location = Object.assign(new URL("http://localhost/app/login-app"), { assign: () => {} });
    runtime = createAppRuntime({
      appId: "app1",
      runScope: "deployment",
      pages: [loginPage, guarded],
      packages,
      initialPage: guarded,
      pageUrl: (page) => `/app/login-app/${page.slug}`,
      createWorker: () => {
        const inline = createInlineWorker();
        return {
          ...inline,
          postMessage: (message: { type: string; page?: { widgets: { name: string }[] } }) => {
            if (message.type === "load") loads.push(message.page!.widgets.map((w) => w.name).join(","));
            inline.postMessage(message);
          },
        };
      },
      storage: memoryStorage(),
    });
    const seen: AppRuntimeSnapshot[] = [];
    runtime.subscribe(() => seen.push(runtime!.getSnapshot()));
    // What the viewer asks before loading any widget type: the page the visit will show.
    expect(runtime.entryPageOf(guarded).name).toBe("LoginPage");
    await runtime.start();
    await settled(runtime, "LoginPage");
    expect(seen.some((snapshot) => snapshot.page.name === "Home")).toBe(false);
    expect(loads).toHaveLength(1);
    expect(fakeWindow.pushed).toEqual(["http://localhost/app/login-app/loginpage"]);
  });

  it("runs the guarded page's code when the store holds the key", async () => {
    const storage = memoryStorage();
    storage.data.set("tessera:store:app1", JSON.stringify({ access_token: "at" }));
    const guarded: ViewerPage = {
      ...homePage,
      compiled: {
        expressions: {},
        handlers: {},
        jsObjects: {},
        entryGuard: { storeLacks: "access_token", navigateTo: "LoginPage" },
      },
    };
    const { runtime } = start(guarded, storage);
    expect(runtime.entryPageOf(guarded).name).toBe("Home");
    await runtime.start();
    expect(runtime.getSnapshot().page.name).toBe("Home");
  });

  it("derives isValid of a required input and sends it to the engine", async () => {
    const { runtime } = start(loginPage);
    await runtime.start();
    await vi.waitFor(() => expect(runtime.getSnapshot().state.values.Input1?.isValid).toBe(false));
    runtime.setMeta("Input1", { text: "a@b.co" });
    expect(runtime.getSnapshot().meta.Input1).toEqual({ text: "a@b.co", isValid: true });
    await vi.waitFor(() => expect(runtime.getSnapshot().state.values.Input1?.isValid).toBe(true));
  });

  it("clears only this app's store on sign-out", async () => {
    const storage = memoryStorage();
    storage.setItem("tessera:store:app1", '{"access_token":"at"}');
    storage.setItem("tessera:store:other", '{"keep":1}');
    const { runtime } = start(homePage, storage);
    await runtime.start();
    await settled(runtime, "Home");
    await runtime.runEvent("Button1", "onClick");
    await settled(runtime, "LoginPage");
    expect([...storage.data.keys()]).toEqual(["tessera:store:other"]);
  });

  it("says which binding failed when a page loads, and still shows the page", async () => {
    const broken: ViewerPage = {
      ...loginPage,
      id: "page-broken",
      widgets: [...loginPage.widgets, w("Text9", "Text", 24, { text: "{{missing.value}}" })],
    };
    const { runtime } = start(broken);
    await runtime.start();
    expect(runtime.getSnapshot().status).toBe("ready");
    expect(runtime.getSnapshot().state.errors["Text9.text"]).toBeTypeOf("string");
    expect(runtime.getSnapshot().alerts).toEqual([
      expect.objectContaining({ type: "error", message: expect.stringMatching(/^Text9\.text: .*missing/) }),
    ]);
  });

  it("puts navigateTo params in the URL, readable as appsmith.URL.queryParams, and opens new windows", async () => {
    const jumper: ViewerPage = {
      ...loginPage,
      widgets: [
        w("Go", "Button", 0, { label: "Go", onClick: "{{navigateTo('Home', { id: 7 })}}" }),
        w("Out", "Button", 5, {
          label: "Out",
          onClick: "{{navigateTo('https://example.com/docs', {}, 'NEW_WINDOW')}}",
        }),
      ],
      moduleInstances: [],
    };
    const target: ViewerPage = {
      ...homePage,
      widgets: [w("Id", "Text", 0, { text: "{{appsmith.URL.queryParams.id}}" })],
      moduleInstances: [],
    };
    runtime = createAppRuntime({
      appId: "app1",
      runScope: "deployment",
      pages: [jumper, target],
      packages,
      initialPage: jumper,
      pageUrl: (page) => `/app/login-app/${page.slug}`,
      createWorker: createInlineWorker,
      storage: memoryStorage(),
    });
    await runtime.start();
    await runtime.runEvent("Out", "onClick");
    expect(fakeWindow.opened).toEqual(["https://example.com/docs"]);
    await runtime.runEvent("Go", "onClick");
    await settled(runtime, "Home");
    expect(fakeWindow.pushed).toEqual(["http://localhost/app/login-app/home?id=7"]);
    await vi.waitFor(() => expect(runtime!.getSnapshot().state.values.Id?.text).toBe("7"));
  });

  it("closes toasts after their time", async () => {
    const { runtime } = start(loginPage);
    vi.useFakeTimers();
    try {
      runtime.showAlert("Saved", "success");
      runtime.showAlert("Saved", "success");
      expect(runtime.getSnapshot().alerts).toHaveLength(1);
      vi.advanceTimersByTime(5_001);
      expect(runtime.getSnapshot().alerts).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts a message shown again while its toast is up, and keeps the toast up from the last showing", async () => {
    const { runtime } = start(loginPage);
    vi.useFakeTimers();
    try {
      runtime.showAlert("Incorrect password", "error");
      vi.advanceTimersByTime(4_000);
      runtime.showAlert("Incorrect password", "error");
      expect(runtime.getSnapshot().alerts).toEqual([
        expect.objectContaining({ message: "Incorrect password", type: "error", count: 2 }),
      ]);
      vi.advanceTimersByTime(4_000);
      expect(runtime.getSnapshot().alerts).toHaveLength(1);
      vi.advanceTimersByTime(1_001);
      expect(runtime.getSnapshot().alerts).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a page's static props while a stuck worker is replaced, then shows the evaluation", async () => {
    vi.useFakeTimers();
    try {
      const { runtime, workers, seen } = startStuck(1);
      const started = runtime.start();
      await vi.advanceTimersByTimeAsync(10_000);
      await started;
      expect(workers.made()).toBe(2);
      expect(runtime.getSnapshot().state.values.Text1?.text).toBe("");
      // Never a moment with the page's props gone (the Input's label falls back to "Label").
      expect(seen.filter((snapshot) => snapshot.state.values.Input1?.label !== "Email")).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it(`stops the page's code after ${MAX_RESTARTS} restarts, names it once, and keeps the page usable`, async () => {
    vi.useFakeTimers();
    try {
      const { runtime, workers } = startStuck(Number.POSITIVE_INFINITY);
      const started = runtime.start();
      await vi.advanceTimersByTimeAsync(60_000);
      await started;
      expect(workers.made()).toBe(1 + MAX_RESTARTS);
      const snapshot = runtime.getSnapshot();
      expect(snapshot.status).toBe("ready");
      expect(snapshot.pending.size).toBe(0);
      expect(snapshot.state.values.Input1?.label).toBe("Email");
      expect(snapshot.state.values.Button1?.label).toBe("Login");
      // The bound prop shows as not evaluated (an empty text, marked), not as its default.
      expect(snapshot.state.values.Text1?.text).toBeUndefined();
      expect(snapshot.state.errors["Text1.text"]).toMatch(/stopped/);
      const stopped = snapshot.alerts.filter((alert) => /stopped after 3 restarts/.test(alert.message));
      expect(stopped).toEqual([
        expect.objectContaining({
          type: "error",
          message:
            "Evaluating the page did not finish within 50 ms; the page's code was stopped after 3 restarts",
        }),
      ]);

      runtime.setMeta("Input1", { text: "a@b.co" });
      expect(runtime.getSnapshot().meta.Input1).toEqual({ text: "a@b.co", isValid: true });
      await runtime.runEvent("Button1", "onClick");
      await vi.advanceTimersByTimeAsync(60_000);
      expect(workers.made()).toBe(1 + MAX_RESTARTS);
      expect(
        runtime.getSnapshot().alerts.filter((alert) => alert.message === stopped[0].message),
      ).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
