import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import express, { type RequestHandler } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logging/createLogger";
import { errorHandler } from "./errorHandler";
import { jsonBody, MAX_BODY_BYTES } from "./jsonBody";

/** An app answering with what its body parsers made of the request. */
function echoApp(parsers: RequestHandler[]) {
  const app = express();
  app.use(...parsers);
  app.post("/", (req, res) => {
    res.json({ body: req.body === undefined ? "(none)" : req.body });
  });
  app.use(errorHandler(createLogger("silent")));
  return app;
}

const plainParser = express.json({ limit: MAX_BODY_BYTES, strict: false });

describe("jsonBody", () => {
  const servers: ReturnType<ReturnType<typeof express>["listen"]>[] = [];
  const urls: { ours: string; expressJson: string } = { ours: "", expressJson: "" };
  beforeAll(async () => {
    for (const [name, parsers] of [
      ["ours", jsonBody()],
      ["expressJson", [plainParser]],
    ] as const) {
      const server = echoApp([...parsers]).listen(0, "127.0.0.1");
      await new Promise((resolve) => server.once("listening", resolve));
      servers.push(server);
      urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    }
  });
  afterAll(() => {
    for (const server of servers) server.close();
  });

  const send = async (url: string, body: string | Buffer, headers: Record<string, string>) => {
    const res = await fetch(url, { method: "POST", body, headers });
    return { status: res.status, body: (await res.json()) as { error: { code: string } } };
  };

  const cases: { name: string; body: string | Buffer; headers?: Record<string, string> }[] = [
    { name: "an object", body: '{"a":[1,{"b":"é"}]}' },
    { name: "a bare string", body: '"text"' },
    { name: "a body behind a byte order mark", body: Buffer.from(`\ufeff{"a":1}`, "utf8") },
    { name: "an empty body", body: "" },
    { name: "whitespace only", body: "  " },
    { name: "broken JSON", body: '{"a":' },
    {
      name: "an upper-case charset",
      body: '{"a":1}',
      headers: { "content-type": "application/json; charset=UTF-8" },
    },
    {
      name: "a latin-1 charset",
      body: '{"a":1}',
      headers: { "content-type": "application/json; charset=latin1" },
    },
    { name: "another content type", body: '{"a":1}', headers: { "content-type": "text/plain" } },
    { name: "a vendor JSON type", body: '{"a":1}', headers: { "content-type": "application/vnd.x+json" } },
    {
      name: "a gzipped body",
      body: gzipSync('{"zipped":true}'),
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name} as express.json does`, async () => {
      const headers = { "content-type": "application/json", ...c.headers };
      const ours = await send(urls.ours, c.body, headers);
      const reference = await send(urls.expressJson, c.body, headers);
      expect(ours.status).toBe(reference.status);
      if (reference.status === 200) expect(ours.body).toEqual(reference.body);
      else expect(ours.body.error.code).toBe(reference.body.error.code);
    });
  }

  it("refuses bytes that are not UTF-8 and bodies over the limit", async () => {
    const headers = { "content-type": "application/json" };
    const notUtf8 = await send(urls.ours, Buffer.from([0x22, 0xff, 0x22]), headers);
    expect([notUtf8.status, notUtf8.body.error.code]).toEqual([400, "invalid_unicode"]);
    const large = await send(urls.ours, JSON.stringify({ a: "x".repeat(MAX_BODY_BYTES) }), headers);
    expect([large.status, large.body.error.code]).toEqual([413, "payload_too_large"]);
  });
});
