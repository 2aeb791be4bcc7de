import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { describe, expect, it } from "vitest";
import { createLogger } from "../logging/createLogger";
import { requestLogger } from "./requestLogger";

describe("requestLogger", () => {
  it("logs one line per request without the query string, at error level for 5xx", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const app = express();
    app.use(requestLogger(createLogger("info", sink)));
    app.get("/ok", (_req, res) => {
      res.locals.user = { id: "u1" };
      res.send("ok");
    });
    app.get("/broken", (_req, res) => {
      res.status(502).send("no");
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let requestId: string | null = null;
    try {
      const ok = await fetch(`${base}/ok?token=secret-value`);
      requestId = ok.headers.get("x-request-id");
      await ok.text();
      await (await fetch(`${base}/broken`)).text();
    } finally {
      server.close();
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: "request",
      method: "GET",
      path: "/ok",
      status: 200,
      userId: "u1",
      requestId,
    });
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[1].requestId).not.toBe(requestId);
    expect(typeof lines[0].durationMs).toBe("number");
    expect(lines[1]).toMatchObject({ level: 50, path: "/broken", status: 502 });
    expect(JSON.stringify(lines)).not.toContain("secret-value");
  });
});
