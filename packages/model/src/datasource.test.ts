import { describe, expect, it } from "vitest";
import { datasourceBodySchema } from "./datasource";

describe("datasourceBodySchema", () => {
  const body = (baseUrl: string) => ({ name: "Auth API", baseUrl });

  it("refuses a base URL with a user name or password", () => {
    for (const baseUrl of [
      "http://u:p@api.example.com/",
      "https://user@api.example.com",
      "http://:secret@h/",
    ]) {
      const result = datasourceBodySchema.safeParse(body(baseUrl));
      expect(result.success, baseUrl).toBe(false);
      expect(result.error?.issues[0].path).toEqual(["baseUrl"]);
      expect(result.error?.issues[0].message).toMatch(/must not hold a user name or password/);
    }
  });

  it("keeps an @ in the path or query", () => {
    expect(datasourceBodySchema.safeParse(body("https://api.example.com/users/@me?by=a@b")).success).toBe(
      true,
    );
  });
});

describe("datasourceBodySchema kinds", () => {
  it("reads a body without kind as REST", () => {
    expect(datasourceBodySchema.parse({ name: "A", baseUrl: "https://api.example.com" })).toEqual({
      kind: "rest",
      name: "A",
      baseUrl: "https://api.example.com",
      headers: [],
      timeoutMs: 10_000,
    });
  });

  it("gives a PostgreSQL body its defaults and keeps the password optional", () => {
    expect(
      datasourceBodySchema.parse({
        kind: "postgres",
        name: "DB",
        host: "db.internal",
        database: "app",
        user: "u",
      }),
    ).toEqual({
      kind: "postgres",
      name: "DB",
      host: "db.internal",
      port: 5432,
      database: "app",
      user: "u",
      sslMode: "prefer",
      readOnly: false,
      statementTimeoutMs: 10_000,
      rowCap: 10_000,
    });
  });

  it("refuses a PostgreSQL host with a scheme or port, naming the field", () => {
    for (const host of ["postgres://db", "db:5432/x", "db internal"]) {
      const result = datasourceBodySchema.safeParse({
        kind: "postgres",
        name: "DB",
        host,
        database: "a",
        user: "u",
      });
      expect(result.success, host).toBe(false);
      expect(result.error?.issues[0].path).toEqual(["host"]);
    }
  });

  it("takes a GraphQL endpoint with headers like REST and refuses credentials in it", () => {
    expect(
      datasourceBodySchema.parse({
        kind: "graphql",
        name: "G",
        endpoint: "https://api.example.com/graphql",
        headers: [{ name: "Authorization", value: "Bearer x", secret: true }],
      }),
    ).toMatchObject({
      kind: "graphql",
      timeoutMs: 10_000,
      headers: [{ name: "Authorization", secret: true }],
    });
    const bad = datasourceBodySchema.safeParse({
      kind: "graphql",
      name: "G",
      endpoint: "https://u:p@h/graphql",
    });
    expect(bad.error?.issues[0].path).toEqual(["endpoint"]);
  });

  it("refuses an unknown kind", () => {
    expect(datasourceBodySchema.safeParse({ kind: "mongodb", name: "M" }).success).toBe(false);
  });
});
