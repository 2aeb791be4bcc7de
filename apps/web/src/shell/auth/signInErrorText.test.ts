import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api/ApiRequestError";
import { formatWait, signInErrorText } from "./signInErrorText";

describe("signInErrorText", () => {
  it("says wrong email or password for a 401", () => {
    const error = new ApiRequestError({ status: 401, code: "invalid_credentials", message: "x" });
    expect(signInErrorText(error)).toBe("Wrong email or password.");
  });

  it("names the wait of a lock-out", () => {
    const error = new ApiRequestError({ status: 429, code: "rate_limited", message: "x", retryAfter: 120 });
    expect(signInErrorText(error)).toContain("Try again in 2 minutes.");
  });

  it("falls back to the server's message when a 429 names no wait", () => {
    const error = new ApiRequestError({ status: 429, code: "rate_limited", message: "Wait 5 minutes." });
    expect(signInErrorText(error)).toContain("Wait 5 minutes.");
  });
});

describe("formatWait", () => {
  it("uses seconds under a minute and rounds minutes up", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(30)).toBe("30 seconds");
    expect(formatWait(61)).toBe("2 minutes");
  });
});
