import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./createLogger";

describe("createLogger", () => {
  it("redacts passwords, cookies, tokens, authorization and header values", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger("info", sink);
    logger.info(
      {
        body: { email: "a@b.c", password: "hunter22" },
        req: { headers: { cookie: "tessera_session=abc", authorization: "Bearer tok" } },
        datasource: { headers: [{ name: "apikey", value: "sk-secret" }] },
        token: "raw-session-token",
      },
      "event",
    );
    const text = lines.join("");
    for (const secret of [
      "hunter22",
      "tessera_session=abc",
      "Bearer tok",
      "sk-secret",
      "raw-session-token",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("a@b.c");
  });
});
