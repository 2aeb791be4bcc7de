import { describe, expect, it } from "vitest";
import { ApiError } from "../../../errors";
import { mergeRequestHeaders } from "./mergeRequestHeaders";

const datasource = [
  { name: "apikey", value: "secret-key", secret: true },
  { name: "X-Client", value: "tessera", secret: false },
];

describe("mergeRequestHeaders", () => {
  it("adds the datasource's plain and secret headers", () => {
    const headers = mergeRequestHeaders([], datasource, null);
    expect(headers).toMatchObject({ apikey: "secret-key", "x-client": "tessera" });
  });

  it("lets a query header override a plain datasource header", () => {
    expect(mergeRequestHeaders([["x-client", "mine"]], datasource, null)["x-client"]).toBe("mine");
  });

  it("never lets a query header replace a secret one, whatever its case", () => {
    expect(mergeRequestHeaders([["APIKEY", "stolen"]], datasource, null).apikey).toBe("secret-key");
  });

  it("drops framing headers a query sets", () => {
    const headers = mergeRequestHeaders(
      [
        ["Host", "evil.example"],
        ["Content-Length", "1"],
        ["Proxy-Authorization", "x"],
      ],
      [],
      null,
    );
    expect(Object.keys(headers).sort()).toEqual(["accept", "user-agent"]);
  });

  it("sets a content type from the body unless the query set one", () => {
    expect(mergeRequestHeaders([], [], { kind: "json", text: "{}" })["content-type"]).toBe(
      "application/json",
    );
    expect(mergeRequestHeaders([], [], { kind: "text", text: "a" })["content-type"]).toMatch(/^text\/plain/);
    expect(
      mergeRequestHeaders([["Content-Type", "application/x-www-form-urlencoded"]], [], {
        kind: "text",
        text: "a=1",
      })["content-type"],
    ).toBe("application/x-www-form-urlencoded");
  });

  it("removes characters Node refuses in header values", () => {
    expect(mergeRequestHeaders([["X-A", "a\u0001b\u2028c"]], [], null)["x-a"]).toBe("abc");
  });

  it("answers 400 for an invalid header name", () => {
    expect(() => mergeRequestHeaders([["Bad Name", "x"]], [], null)).toThrow(ApiError);
  });
});
