import type { RestDatasource } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { formOf, inputOf } from "./datasourceForm";

const datasource: RestDatasource = {
  kind: "rest",
  id: "ds1",
  workspaceId: "w1",
  name: "Auth",
  baseUrl: "http://localhost:3001/auth/v1",
  headers: [
    { name: "apikey", secret: true, hasValue: true },
    { name: "x-plain", secret: false, value: "1", hasValue: true },
  ],
  timeoutMs: 5000,
  updatedAt: "2026-01-01T00:00:00Z",
};

describe("datasource form", () => {
  it("keeps an untouched secret by sending it without a value", () => {
    const result = inputOf(formOf(datasource));
    expect(result).toEqual({
      input: {
        name: "Auth",
        baseUrl: "http://localhost:3001/auth/v1",
        timeoutMs: 5000,
        headers: [
          { name: "apikey", secret: true },
          { name: "x-plain", value: "1", secret: false },
        ],
      },
    });
  });

  it("sends a retyped secret", () => {
    const form = formOf(datasource);
    form.headers[0] = { ...form.headers[0], value: "new-key", retyped: true };
    const result = inputOf(form);
    expect("input" in result && result.input.headers[0]).toEqual({
      name: "apikey",
      value: "new-key",
      secret: true,
    });
  });

  it("refuses to unmask a stored secret that was not retyped", () => {
    const form = formOf(datasource);
    form.headers[0] = { ...form.headers[0], secret: false };
    expect(inputOf(form)).toEqual({ error: "Type the value of header apikey to make it non-secret." });
  });

  it("refuses a timeout out of range", () => {
    expect(inputOf({ ...formOf(datasource), timeoutMs: "50" })).toHaveProperty("error");
  });
});
