import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import { describe, expect, it } from "vitest";
import { helmetMiddleware, securityHeaders } from "./securityHeaders";

/** The headers an app with only `middleware` answers GET / with. */
async function headersOf(middleware: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.set("x-powered-by", true);
  app.use(middleware);
  app.get("/", (_req, res) => {
    res.send("ok");
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const headers = Object.fromEntries(res.headers);
    delete headers.date;
    return headers;
  } finally {
    server.close();
  }
}

describe("securityHeaders", () => {
  it("answers with exactly the headers helmet sets", async () => {
    const replayed = await headersOf(securityHeaders());
    expect(replayed).toEqual(await headersOf(helmetMiddleware()));
    expect(replayed["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(replayed["x-powered-by"]).toBeUndefined();
  });
});
