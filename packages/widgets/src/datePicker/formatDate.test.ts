import { describe, expect, it } from "vitest";
import { dayOf, formatDate, isoDayOf } from "./formatDate";

describe("formatDate", () => {
  it("formats with the date tokens and keeps other text", () => {
    expect(formatDate("2026-03-07", "DD/MM/YYYY")).toBe("07/03/2026");
    expect(formatDate("2026-03-07", "D MMM YY")).toBe("7 Mar 26");
    expect(formatDate("2026-03-07", "M-D")).toBe("3-7");
    expect(formatDate("2026-03-07", "")).toBe("2026-03-07");
  });

  it("formats an empty or unreadable date as empty text", () => {
    expect(formatDate("", "YYYY")).toBe("");
    expect(formatDate("soon", "YYYY")).toBe("");
  });

  it("reads a date-only text as that local day, and writes it back the same", () => {
    const day = dayOf("2026-12-31")!;
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 11, 31]);
    expect(isoDayOf(day)).toBe("2026-12-31");
  });
});
