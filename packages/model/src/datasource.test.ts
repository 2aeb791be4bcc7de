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
