import { describe, expect, it } from "vitest";
import { ApiError } from "../../../errors";
import { bindSql } from "./bindSql";

describe("bindSql", () => {
  it("turns each binding into the next parameter and keeps its value out of the text", () => {
    const injection = "'; DROP TABLE users; --";
    expect(
      bindSql(
        "SELECT * FROM users WHERE email ILIKE {{inputs.search}} AND id > {{n}} OR email = {{inputs.search}}",
        {
          "inputs.search": injection,
          n: 3,
        },
      ),
    ).toEqual({
      text: "SELECT * FROM users WHERE email ILIKE $1 AND id > $2 OR email = $3",
      values: [injection, 3, injection],
    });
  });

  it("passes arrays as arrays for = ANY(...), objects as JSON and a missing value as NULL", () => {
    expect(
      bindSql("SELECT {{ids}}, {{o}}, {{missing}}, {{constructor}}", { ids: [1, 2], o: { a: 1 } }),
    ).toEqual({
      text: "SELECT $1, $2, $3, $4",
      values: [[1, 2], '{"a":1}', null, null],
    });
  });

  it("keeps a parameter apart from digits after it", () => {
    expect(bindSql("SELECT {{a}}1", { a: 1 }).text).toBe("SELECT $1 1");
  });

  const quoted: [string, string][] = [
    ["a quoted string", "SELECT * FROM users WHERE name = '{{Input1.text}}'"],
    ["a string after an escaped quote", "SELECT 'it''s {{x}}'"],
    ["an E string with a backslash quote", "SELECT E'a\\' {{x}}'"],
    ["a quoted identifier", 'SELECT "{{x}}" FROM t'],
    ["a dollar-quoted string", "SELECT $$ {{x}} $$"],
    ["a tagged dollar-quoted string", "SELECT $fn$ $$ {{x}} $fn$"],
  ];
  for (const [name, sql] of quoted) {
    it(`refuses a binding inside ${name}, saying how to write it`, () => {
      let error: unknown;
      try {
        bindSql(sql, { x: "1", "Input1.text": "a" });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 400, code: "binding_in_quotes" });
      expect((error as ApiError).message).toMatch(/not '\{\{/);
    });
  }

  it("reads on after strings, identifiers, dollar quotes and comments end", () => {
    const sql = [
      "SELECT 'a''b', E'\\'', \"x\"\"y\", $$ ' $$, $t$ \" $t$ /* ' /* nested */ ' */ -- '",
      "FROM t WHERE a = {{a}} -- {{ignored}}",
      "AND b = {{b}} /* {{ignored}} */",
    ].join("\n");
    expect(bindSql(sql, { a: 1, b: 2, ignored: 3 })).toEqual({
      text: sql.replace("{{a}}", "$1").replace("{{b}}", "$2").replaceAll("{{ignored}}", ""),
      values: [1, 2],
    });
  });

  it("does not take a positional parameter or an identifier's $ for a dollar quote", () => {
    expect(bindSql("SELECT a$b, {{x}}", { x: 1 }).text).toBe("SELECT a$b, $1");
  });
});
