// Benchmark: the seeded login app in the viewer against a hand-written React login page.
// Both are opened in fresh headless Chromium contexts; we sum the gzip size of every JS file
// fetched (workers included) and time navigation start -> Login button enabled, on LoginPage's
// own URL and on the app's root URL (Home, whose guard sends a visitor to LoginPage).
// Targets (design.md, "Performance targets"): bytes <= 1.5x; LoginPage <= 1.2x; root <= 1.3x.
import { rmSync } from "node:fs";
import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { reportTarget } from "../../scripts/lib/benchTarget.mjs";
import { buildBaseline, platformSecurityHeaders, serveBaseline } from "./support/baselinePage";
import { isTaken, launchBrowser, median, startBenchPlatform } from "./support/benchPlatform";
import { openAndAwaitProbe, readyProbe } from "./support/readyProbe";

const portBase = Number(process.env.BENCH_PORT_BASE ?? 3220);
const ports = { platform: portBase, baseline: portBase + 2 };
const runs = Number(process.env.BENCH_RUNS ?? 15);
const platformUrl = `http://localhost:${ports.platform}`;
const baselineUrl = `http://localhost:${ports.baseline}`;

/** The hand-written page: the same fields and the same sign-in call, no framework around it. */
function baselineSource(appId: string, pageId: string): string {
  return `import { useState } from "react";
import { createRoot } from "react-dom/client";

function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const signIn = async () => {
    setBusy(true);
    try {
      const response = await fetch("/api/v1/run", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          scope: "deployment", appId: ${JSON.stringify(appId)}, pageId: ${JSON.stringify(pageId)},
          instance: "Login1", query: "sign_in",
          values: { "inputs.email": email, "inputs.password": password },
        }),
      });
      const result = await response.json();
      if (!result.ok) throw new Error(result.body?.msg ?? "Sign-in failed");
      const { user, ...tokens } = result.body;
      for (const [key, value] of Object.entries(tokens)) localStorage.setItem(key, JSON.stringify(value));
      setMessage("Signed in");
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main>
      <p>Sign in</p>
      <label>Email <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
      <label>Password <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
      <button type="button" disabled={busy} onClick={signIn}>Login</button>
      {message ? <p role="alert">{message}</p> : null}
    </main>
  );
}

createRoot(document.getElementById("root")).render(<LoginPage />);
`;
}

/** Passes the baseline's /api requests to the platform, so both use one network path. */
function passApi(req: IncomingMessage, res: ServerResponse): boolean {
  if (!req.url?.startsWith("/api/")) return false;
  const upstream = httpRequest(
    {
      host: "localhost",
      port: ports.platform,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, host: `localhost:${ports.platform}`, origin: platformUrl },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(upstream);
  return true;
}

/**
 * Records when a button named "Login" is first enabled, relative to navigation start. Kept as
 * text (readyProbe): tsx would wrap a function's inner helpers in a `__name` call the page
 * does not have.
 */
const loginReady = readyProbe(
  "__loginReadyAt",
  `[...document.querySelectorAll("button")].some((button) => button.textContent.trim() === "Login" && !button.disabled)`,
);

async function measure(browser: Browser, url: string): Promise<{ bytes: number; ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: loginReady });
  const bodies: Promise<number>[] = [];
  context.on("response", (response) => {
    const type = response.request().resourceType();
    const isJs = type === "script" || /\.m?js(\?|$)/.test(response.url());
    if (isJs && response.ok())
      bodies.push(
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      );
  });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  let ms: number;
  try {
    ms = await openAndAwaitProbe(page, url, "__loginReadyAt", 30_000);
  } catch (error) {
    const text = await page
      .locator("body")
      .textContent()
      .catch(() => "");
    throw new Error(
      `${url}: no enabled Login button. Page: ${JSON.stringify(text)}; errors: ${problems.join(" | ")}`,
      {
        cause: error,
      },
    );
  }
  // Worker scripts may still be arriving once the button is enabled: count them all.
  await page.waitForLoadState("networkidle");
  const bytes = (await Promise.all(bodies)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { bytes, ms };
}

async function main(): Promise<void> {
  if (await isTaken(ports.baseline))
    throw new Error(`Port ${ports.baseline} is in use; set BENCH_PORT_BASE to move the benchmark`);
  const platform = await startBenchPlatform(portBase);
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const app = (await (await fetch(`${platformUrl}/api/v1/viewer/apps/login-app`)).json()) as {
      appId: string;
      pages: { id: string; name: string }[];
    };
    const loginPage = app.pages.find((page) => page.name === "LoginPage");
    if (!loginPage) throw new Error("The seeded login app has no LoginPage");
    const dist = await buildBaseline({
      title: "Login",
      source: baselineSource(app.appId, loginPage.id),
      modulesFrom: "apps/web",
      modules: ["react", "react-dom"],
    });
    const viewerUrl = `${platformUrl}/app/login-app/loginpage`;
    const securityHeaders = await platformSecurityHeaders(viewerUrl);
    server = await serveBaseline(dist, ports.baseline, { headers: securityHeaders, pass: passApi });

    browser = await launchBrowser();
    const rootUrl = `${platformUrl}/app/login-app`;
    // One warm-up each (server caches, the OS file cache), not counted.
    await measure(browser, viewerUrl);
    await measure(browser, rootUrl);
    await measure(browser, `${baselineUrl}/`);
    const viewer: { bytes: number; ms: number }[] = [];
    const fromRoot: { bytes: number; ms: number }[] = [];
    const baseline: { bytes: number; ms: number }[] = [];
    // Interleaved, so a busy moment of the machine hits every side alike.
    for (let i = 0; i < runs; i++) {
      viewer.push(await measure(browser, viewerUrl));
      fromRoot.push(await measure(browser, rootUrl));
      baseline.push(await measure(browser, `${baselineUrl}/`));
    }
    const middle = (results: { bytes: number; ms: number }[]) => ({
      bytes: median(results.map((r) => r.bytes)),
      ms: median(results.map((r) => r.ms)),
    });
    const v = middle(viewer);
    const r = middle(fromRoot);
    const b = middle(baseline);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `runs: ${runs} fresh contexts each, median; baseline served with the platform's security headers`,
    );
    console.log(`JS (gzip)              viewer ${kb(v.bytes)}  baseline ${kb(b.bytes)}`);
    console.log(`to Login, LoginPage    viewer ${v.ms.toFixed(0)} ms  baseline ${b.ms.toFixed(0)} ms`);
    console.log(`to Login, root URL     viewer ${r.ms.toFixed(0)} ms  baseline ${b.ms.toFixed(0)} ms`);
    const ratio = (a: number, c: number) => a / c;
    reportTarget({
      name: "viewer JS (gzip) / hand-written page",
      figure: `${ratio(v.bytes, b.bytes).toFixed(2)}x (${kb(v.bytes)})`,
      target: "<= 1.5x",
      met: ratio(v.bytes, b.bytes) <= 1.5,
    });
    reportTarget({
      name: "LoginPage interactive / hand-written page",
      figure: `${ratio(v.ms, b.ms).toFixed(2)}x (${v.ms.toFixed(0)} ms)`,
      target: "<= 1.2x",
      met: ratio(v.ms, b.ms) <= 1.2,
    });
    reportTarget({
      name: "root URL to LoginPage interactive / hand-written page",
      figure: `${ratio(r.ms, b.ms).toFixed(2)}x (${r.ms.toFixed(0)} ms)`,
      target: "<= 1.3x",
      met: ratio(r.ms, b.ms) <= 1.3,
    });
    rmSync(dirname(dist), { recursive: true, force: true });
  } finally {
    await browser?.close();
    server?.close();
    platform.stop();
  }
}

await main();
