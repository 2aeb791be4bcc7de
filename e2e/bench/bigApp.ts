// Benchmark: a big app, 300 widgets and 1,000 bindings, built through the API: 99 groups of an
// Input and two Texts that read it (10 bindings a group), and three Texts listing every
// Input's value as rows (10 bindings), in headless Chromium.
// Targets (issue 17): the viewer is interactive within 2x the time of the flagship LoginPage;
// a keystroke in an Input updates its dependents within 16 ms at p95; in the editor, a
// keystroke in a property field shows on the canvas within 1.5x of the same on a 10-widget page.
//
// Chromium holds a page's tasks after a discrete input (a keystroke) until its next frame
// (DeferRendererTasksAfterInput, on by default): the worker's answer waits for the frame that
// shows the typed character, however early it came, so a keystroke's dependents land 0-17 ms
// after it by the phase of the display's clock. A bare worker echo page, measured here the same
// way, shows it: about 12 ms median with that deferral, about 2 ms without. The keystroke target
// is measured with the deferral off (what the page itself costs); the default's figure and the
// echo's are printed beside it.
import { type Browser, type BrowserContext, type Page, request } from "@playwright/test";
import { reportTarget } from "../../scripts/lib/benchTarget.mjs";
import { PlatformApi } from "../fixtures/platformApi";
import { ADMIN, launchBrowser, median, percentile, startBenchPlatform } from "./support/benchPlatform";
import { openAndAwaitProbe, readyProbe } from "./support/readyProbe";

const portBase = Number(process.env.BENCH_PORT_BASE ?? 3230);
// Fresh loads of each app, interleaved. LoginPage alone ranges from about 115 to 270 ms over 20
// loads here; with 9 its median moved between 136 and 211 ms from one run of the bench to the next.
const runs = Number(process.env.BENCH_RUNS ?? 21);
const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 60);

/** A page of `groups` groups (Input, TextA, TextB: 10 bindings) and up to three row lists. */
function bigPageDoc(groups: number) {
  const widgets: unknown[] = [];
  const widget = (name: string, type: string, x: number, y: number, w: number, h: number, props: object) =>
    widgets.push({ id: `w-${name}`, name, type, parentId: null, layout: { x, y, w, h }, props });
  for (let g = 0; g < groups; g++) {
    const input = `Input${g}`;
    widget(input, "Input", 0, g * 8, 20, 7, { label: `Field ${g}`, defaultText: `v${g}` });
    widget(`TextA${g}`, "Text", 20, g * 8, 22, 7, {
      text:
        `A {{${input}.text}}|{{${input}.text.length}}|{{${input}.text.toUpperCase()}}|` +
        `{{${input}.text.split("").reverse().join("")}}|{{${input}.text.trim()}}`,
    });
    widget(`TextB${g}`, "Text", 42, g * 8, 22, 7, {
      text:
        `B {{TextA${g}.text.length}}|{{TextA${g}.text.slice(0, 40)}}|{{${input}.text + "!"}}|` +
        `{{[${input}.text, TextA${g}.text.length].join(":")}}|{{${input}.text.length > 3 ? "long" : "short"}}`,
    });
  }
  // Ten bindings listing the Inputs as rows, ten groups each, in three Texts (4, 3, 3).
  const rows = Array.from({ length: 10 }, (_, slice) => {
    const members = Array.from({ length: groups }, (_, g) => g).filter((g) => Math.floor(g / 10) === slice);
    if (members.length === 0) return "";
    return `{{[${members.map((g) => `Input${g}.text`).join(", ")}].map((t, i) => (${members[0]} + i) + ": " + t).join("\\n")}}`;
  });
  const lists = [rows.slice(0, 4), rows.slice(4, 7), rows.slice(7, 10)];
  lists.forEach((list, i) => {
    const text = list.filter(Boolean).join("\n");
    if (text) widget(`Rows${i + 1}`, "Text", i * 21, groups * 8, 21, 40, { text });
  });
  return { widgets };
}

/** Records in `window.__readyAt` (ms since navigation start) when `check` (JS text) first holds. */
const probe = (check: string) => readyProbe("__readyAt", check);

const loginReady = `[...document.querySelectorAll("button")].some((b) => b.textContent.trim() === "Login" && !b.disabled)`;

async function timeToReady(browser: Browser, url: string, check: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: probe(check) });
  const ms = await openAndAwaitProbe(page, url, "__readyAt", 60_000);
  await context.close();
  return ms;
}

/**
 * Presses `x` in the focused field `count` times; each time, ms from the keydown to when
 * every one of `targets` (CSS selectors) shows `expected(k)` (k = keystrokes so far).
 */
async function keystrokeLatencies(
  page: Page,
  count: number,
  targets: string[],
  expected: (k: number) => string,
): Promise<number[]> {
  const samples: number[] = [];
  for (let k = 1; k <= count; k++) {
    await page.evaluate(
      ({ targets, text }) => {
        const w = window as unknown as { __next: Promise<number> };
        w.__next = new Promise<number>((resolve, reject) => {
          let started = 0;
          document.addEventListener("keydown", () => (started = performance.now()), {
            once: true,
            capture: true,
          });
          const elements = targets.map((selector) => document.querySelector(selector));
          if (elements.some((element) => !element)) reject(new Error(`missing ${targets.join(", ")}`));
          // No named inner functions: tsx would wrap them in a `__name` the page does not have.
          const observer = new MutationObserver(() => {
            if (started && elements.every((element) => element!.textContent?.includes(text))) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          for (const element of elements)
            observer.observe(element!, { subtree: true, childList: true, characterData: true });
        });
      },
      { targets, text: expected(k) },
    );
    await page.keyboard.press("x");
    samples.push(await page.evaluate(() => (window as unknown as { __next: Promise<number> }).__next));
  }
  return samples;
}

/**
 * The deferral of page tasks after a discrete input, off (see the top of this file). Chromium
 * keeps the last `--disable-features`, so that browser goes without Playwright's own list (paint
 * holding and the like, about navigations); it only types into pages already open.
 */
const WITHOUT_INPUT_DEFERRAL = "--disable-features=DeferRendererTasksAfterInput";

/**
 * A page whose Input posts each value to a worker that posts it back into a Text: the least a
 * keystroke's round trip through a worker can cost in this browser.
 */
async function workerEchoLatencies(browser: Browser, count: number): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = "http://127.0.0.1:9/";
  // Served by the browser's routing, never sent: the port is only part of the page's name.
  await page.route(`${origin}**`, (route) =>
    route.fulfill(
      route.request().url().endsWith("/echo.js")
        ? { contentType: "text/javascript", body: "onmessage = (event) => postMessage(event.data);" }
        : {
            contentType: "text/html",
            body:
              '<input aria-label="Value" value="v0"><div id="out">v0</div><script>' +
              'const worker = new Worker("/echo.js"); const out = document.getElementById("out");' +
              "worker.onmessage = (event) => { out.textContent = event.data; };" +
              'document.querySelector("input").addEventListener("input", (event) => worker.postMessage(event.target.value));' +
              "</script>",
          },
    ),
  );
  await page.goto(origin);
  await page.getByLabel("Value").click();
  await page.keyboard.press("End");
  const samples = await keystrokeLatencies(page, count, ["#out"], (k) => `v0${"x".repeat(k)}`);
  await context.close();
  return samples;
}

/** ms from keydown to Input0's dependents (TextB0, through TextA0, and a row list) showing it. */
async function viewerKeystrokes(browser: Browser, url: string, count: number): Promise<number[]> {
  const context = await browser.newContext();
  const viewer = await context.newPage();
  await viewer.goto(url);
  await viewer.waitForFunction(() =>
    document.querySelector('[data-widget="Rows3"]')?.textContent?.includes("98: v98"),
  );
  await viewer.locator('[data-widget="Input0"] input').click();
  await viewer.keyboard.press("End");
  const samples = await keystrokeLatencies(
    viewer,
    count,
    ['[data-widget="TextB0"]', '[data-widget="Rows1"]'],
    (k) => `v0${"x".repeat(k)}`,
  );
  await context.close();
  return samples;
}

const spread = (samples: number[]) =>
  `median ${median(samples).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms`;

/** An app with one page holding `doc`, deployed when asked: its ids and slug. */
async function createApp(api: PlatformApi, workspaceId: string, name: string, doc: object, deploy: boolean) {
  const created = (await (
    await api.request.post(`/api/v1/workspaces/${workspaceId}/apps`, { data: { name, isPublic: true } })
  ).json()) as { app: { id: string; slug: string }; pages: { id: string }[] };
  const { app, pages } = created;
  const pagePath = `/api/v1/apps/${app.id}/pages/${pages[0].id}/doc`;
  const draft = (await (await api.request.get(pagePath)).json()) as { revision: number };
  const saved = await api.request.put(pagePath, {
    data: {
      revision: draft.revision,
      doc: { schemaVersion: 1, queries: [], jsObjects: [], moduleInstances: [], ...doc },
    },
  });
  if (!saved.ok()) throw new Error(`saving ${name}: ${saved.status()} ${await saved.text()}`);
  if (deploy) {
    const deployed = await api.request.post(`/api/v1/apps/${app.id}/deploy`);
    if (!deployed.ok()) throw new Error(`deploying ${name}: ${deployed.status()} ${await deployed.text()}`);
  }
  return { appId: app.id, pageId: pages[0].id, slug: app.slug };
}

/** Opens the editor on a page, selects TextA0 and focuses the end of its Text field. */
async function editorOn(
  context: BrowserContext,
  platformUrl: string,
  app: { appId: string; pageId: string },
) {
  const page = await context.newPage();
  await page.goto(`${platformUrl}/apps/${app.appId}/pages/${app.pageId}`);
  const canvas = page.getByRole("region", { name: "Canvas" });
  await canvas.locator('[data-widget-name="TextA0"]').click();
  await page.getByRole("heading", { level: 2 }).filter({ hasText: "TextA0" }).waitFor();
  const field = page.getByLabel("Text", { exact: true });
  await field.click();
  await page.keyboard.press("Control+End");
  // Let the canvas show the page evaluated before the first keystroke.
  await canvas.locator('[data-widget-name="TextA0"]').filter({ hasText: "v0" }).first().waitFor();
  return page;
}

async function main(): Promise<void> {
  const platform = await startBenchPlatform(portBase);
  let browser: Browser | undefined;
  const api = new PlatformApi(await request.newContext({ baseURL: platform.platformUrl }));
  try {
    await api.signIn(ADMIN.email, ADMIN.password);
    const workspace = await api.createWorkspace(`Big apps ${Date.now()}`);
    const big = await createApp(api, workspace.id, "Big app", bigPageDoc(99), true);
    const small = await createApp(api, workspace.id, "Small app", bigPageDoc(3), true);
    const bigDoc = bigPageDoc(99);
    console.log(`big app: ${bigDoc.widgets.length} widgets; small app: ${bigPageDoc(3).widgets.length}`);

    browser = await launchBrowser();
    const loginUrl = `${platform.platformUrl}/app/login-app/loginpage`;
    const bigUrl = `${platform.platformUrl}/app/${big.slug}`;
    const bigReady = `document.querySelector('[data-widget="Rows3"]')?.textContent.includes("98: v98")`;
    await timeToReady(browser, loginUrl, loginReady);
    await timeToReady(browser, bigUrl, bigReady);
    const login: number[] = [];
    const bigTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      login.push(await timeToReady(browser, loginUrl, loginReady));
      bigTimes.push(await timeToReady(browser, bigUrl, bigReady));
    }
    const tti = median(bigTimes) / median(login);
    console.log(
      `viewer interactive: big app ${median(bigTimes).toFixed(0)} ms, LoginPage ${median(login).toFixed(0)} ms`,
    );

    // A keystroke in the viewer, with Chromium's deferral of page tasks after input (its
    // default) and without, each beside a bare worker echo in the same browser.
    const typedDefault = await viewerKeystrokes(browser, bigUrl, keystrokes);
    const echoDefault = await workerEchoLatencies(browser, keystrokes);
    const undeferred = await launchBrowser([WITHOUT_INPUT_DEFERRAL]);
    const typed = await viewerKeystrokes(undeferred, bigUrl, keystrokes);
    const echo = await workerEchoLatencies(undeferred, keystrokes);
    await undeferred.close();
    const p95 = percentile(typed, 0.95);
    console.log(`viewer keystroke to dependents: ${spread(typed)} (bare worker echo: ${spread(echo)})`);
    console.log(
      `  with Chromium's deferral after input: ${spread(typedDefault)} (bare worker echo: ${spread(echoDefault)})`,
    );

    // A keystroke in the editor's property field, big page against small.
    const editorContext = await browser.newContext();
    const signIn = await editorContext.request.post(`${platform.platformUrl}/api/v1/auth/login`, {
      data: ADMIN,
      headers: { origin: platform.platformUrl },
    });
    if (!signIn.ok()) throw new Error(`editor sign-in: ${signIn.status()} ${await signIn.text()}`);
    const editorTimes: Record<string, number[]> = { small: [], big: [] };
    for (const [label, app] of [
      ["small", small],
      ["big", big],
    ] as const) {
      const page = await editorOn(editorContext, platform.platformUrl, app);
      editorTimes[label] = await keystrokeLatencies(
        page,
        Math.min(keystrokes, 30),
        ['[data-widget-name="TextA0"]'],
        (k) => `v0${"x".repeat(k)}`,
      );
      await page.close();
    }
    await editorContext.close();
    const editorRatio = median(editorTimes.big) / median(editorTimes.small);
    console.log(
      `editor keystroke to canvas: big page ${median(editorTimes.big).toFixed(1)} ms, ` +
        `10-widget page ${median(editorTimes.small).toFixed(1)} ms (medians)`,
    );

    reportTarget({
      name: "big app interactive / LoginPage",
      figure: `${tti.toFixed(2)}x (${median(bigTimes).toFixed(0)} ms)`,
      target: "<= 2x",
      met: tti <= 2,
    });
    reportTarget({
      name: "big app keystroke to dependents, p95 (no deferral after input)",
      figure:
        `${p95.toFixed(1)} ms (deferred: ${percentile(typedDefault, 0.95).toFixed(1)} ms, ` +
        `bare echo ${percentile(echoDefault, 0.95).toFixed(1)} ms)`,
      target: "<= 16 ms",
      met: p95 <= 16,
    });
    reportTarget({
      name: "editor keystroke to canvas, 300 / 10 widgets",
      figure: `${editorRatio.toFixed(2)}x`,
      target: "<= 1.5x",
      met: editorRatio <= 1.5,
    });
  } finally {
    await browser?.close();
    await api.request.dispose();
    platform.stop();
  }
}

await main();
