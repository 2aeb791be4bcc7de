import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { get, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { ViewerApp } from "@tessera/model";
import express from "express";
import { afterAll, describe, expect, it } from "vitest";
import { acceptsGzip } from "./assetFiles";
import { staticWeb } from "./staticWeb";

describe("staticWeb", async () => {
  const dist = mkdtempSync(join(tmpdir(), "tessera-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<title>editor</title>");
  writeFileSync(join(dist, "viewer.html"), "<head><title>viewer</title></head>");
  writeFileSync(join(dist, "assets", "app-abc123.js"), "console.log(1)");
  writeFileSync(join(dist, "assets", "big-ef456.js"), "console.log(2)");
  writeFileSync(join(dist, "assets", "big-ef456.js.gz"), gzipSync("console.log(2)"));
  writeFileSync(join(dist, "assets", "engine.worker-Ab_12-3.js"), "self.onmessage = null");
  writeFileSync(join(dist, "assets", "viewerEngine.worker-Cd_34.js"), "self.onmessage = null");
  const app = express().use(
    staticWeb(dist, async (appSlug, pageSlug) =>
      appSlug === "login-app" && pageSlug === undefined
        ? {
            app: { slug: "login-app", name: "</script><script>alert(1)</script> $& $'" } as ViewerApp,
            modules: ["/assets/input-Ab1.js"],
          }
        : { modules: [] },
    ),
  );
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("serves viewer.html under /app and index.html elsewhere, uncached", async () => {
    const viewer = await fetch(`${url}/app/login-app/loginpage`);
    expect(await viewer.text()).toContain("viewer");
    const editor = await fetch(`${url}/workspaces/1/apps`);
    expect(await editor.text()).toContain("editor");
    expect(editor.headers.get("cache-control")).toBe("no-cache");
  });

  it("caches hashed assets for a long time", async () => {
    const res = await fetch(`${url}/assets/app-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await res.text()).toBe("console.log(1)");
    // Kept in memory after the first request: the same answer again.
    expect(await (await fetch(`${url}/assets/app-abc123.js`)).text()).toBe("console.log(1)");
  });

  it("sends the build's gzip copy to a browser that accepts it, the file itself to others", async () => {
    const zipped = await new Promise<IncomingMessage>((resolve) =>
      get(`${url}/assets/big-ef456.js`, { headers: { "accept-encoding": "br, gzip, deflate" } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of zipped) chunks.push(chunk as Buffer);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toBe("console.log(2)");

    const plain = await new Promise<IncomingMessage>((resolve) =>
      get(`${url}/assets/big-ef456.js`, { headers: { "accept-encoding": "gzip;q=0, *" } }, resolve),
    );
    plain.resume();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-length"]).toBe(String("console.log(2)".length));
    expect(plain.headers.vary).toBe("Accept-Encoding");
    // A file without a copy is sent as it is, whatever the browser accepts.
    const single = await fetch(`${url}/assets/app-abc123.js`);
    expect(single.headers.get("content-encoding")).toBeNull();
  });

  it("reads Accept-Encoding as RFC 9110 weighs it", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("br;q=1, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("answers 404 for an asset the build does not have, or a path outside assets/", async () => {
    expect((await fetch(`${url}/assets/app-missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/assets/..%2Fviewer.html`)).status).toBe(404);
    expect((await fetch(`${url}/assets/%E0%A4%A`)).status).toBe(404);
  });

  it("lets only the engine workers compile code, and gives them no network", async () => {
    for (const file of ["engine.worker-Ab_12-3.js", "viewerEngine.worker-Cd_34.js"]) {
      const worker = await fetch(`${url}/assets/${file}`);
      expect(worker.headers.get("content-security-policy")).toBe(
        "default-src 'none'; script-src 'self' 'unsafe-eval'",
      );
    }
    const other = await fetch(`${url}/assets/app-abc123.js`);
    expect(other.headers.get("content-security-policy")).toBeNull();
  });

  it("hints the app's JSON with a preload link on viewer pages only", async () => {
    const viewer = await fetch(`${url}/app/login-app/loginpage`);
    expect(viewer.headers.get("link")).toBe(
      "</api/v1/viewer/apps/login-app>; rel=preload; as=fetch; crossorigin",
    );
    expect((await fetch(`${url}/app/Bad_Slug`)).headers.get("link")).toBeNull();
    expect((await fetch(`${url}/workspaces`)).headers.get("link")).toBeNull();
  });

  it("embeds a public app and hints its widget chunks in the viewer's HTML, with no JSON to preload", async () => {
    const res = await fetch(`${url}/app/login-app`);
    expect(res.headers.get("link")).toBeNull();
    const html = await res.text();
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/input-Ab1.js">');
    const embedded = /<script type="application\/json" id="tessera-viewer-app">(.*?)<\/script><\/head>/.exec(
      html,
    );
    // The app's own text cannot end the element early, and `$&` is not a replacement pattern.
    expect(JSON.parse(embedded![1])).toEqual({
      slug: "login-app",
      name: "</script><script>alert(1)</script> $& $'",
    });
    expect(await (await fetch(`${url}/app/login-app/loginpage`)).text()).toBe(
      "<head><title>viewer</title></head>",
    );
  });
});
