import { describe, expect, it } from "vitest";
import { isRecordList, toCsv } from "./toCsv";

describe("toCsv", () => {
  it("writes a header of every key, in first-seen order, and one line per row", () => {
    expect(
      toCsv([
        { id: 1, name: "Ada" },
        { id: 2, email: "b@c.d" },
      ]),
    ).toBe("id,name,email\r\n1,Ada,\r\n2,,b@c.d\r\n");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv([{ note: 'said "hi", left\nlate' }])).toBe('note\r\n"said ""hi"", left\nlate"\r\n');
  });

  it("writes objects as JSON and null as an empty field", () => {
    expect(toCsv([{ tags: ["a", "b"], owner: null, ok: true }])).toBe(
      'tags,owner,ok\r\n"[""a"",""b""]",,true\r\n',
    );
  });

  it("keeps a spreadsheet from running a field as a formula, but not negative numbers", () => {
    expect(toCsv([{ a: "=SUM(A1)", b: -3, c: "-2.5" }])).toBe("a,b,c\r\n'=SUM(A1),-3,-2.5\r\n");
  });

  it("tells record lists apart from other data", () => {
    expect(isRecordList([{ a: 1 }])).toBe(true);
    expect(isRecordList([])).toBe(false);
    expect(isRecordList([1, 2])).toBe(false);
    expect(isRecordList({ a: 1 })).toBe(false);
  });
});
