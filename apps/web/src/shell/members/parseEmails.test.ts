import { describe, expect, it } from "vitest";
import { parseEmails } from "./parseEmails";

describe("parseEmails", () => {
  it("splits on commas, semicolons, spaces and line breaks", () => {
    expect(parseEmails("a@x.com,b@x.com; c@x.com d@x.com\ne@x.com\r\n\tf@x.com")).toEqual([
      "a@x.com",
      "b@x.com",
      "c@x.com",
      "d@x.com",
      "e@x.com",
      "f@x.com",
    ]);
  });

  it("drops blanks left by trailing and doubled separators", () => {
    expect(parseEmails("  ,a@x.com,, ,\n")).toEqual(["a@x.com"]);
    expect(parseEmails("   \n ")).toEqual([]);
  });

  it("keeps a repeated email once, whatever its case, in the order first typed", () => {
    expect(parseEmails("b@x.com a@x.com B@X.com")).toEqual(["b@x.com", "a@x.com"]);
  });

  it("leaves invalid entries for the server to name", () => {
    expect(parseEmails("a@x.com not-an-email")).toEqual(["a@x.com", "not-an-email"]);
  });
});
