import { describe, expect, it } from "vitest";
import { clearedSecretsMessage } from "./clearedSecretsMessage";

describe("clearedSecretsMessage", () => {
  it("names every cleared secret and asks for them again", () => {
    expect(clearedSecretsMessage(["apikey"])).toBe(
      "The base URL now points to another server, so the stored secret apikey was cleared. Enter it again and save.",
    );
    expect(clearedSecretsMessage(["apikey", "Authorization"])).toBe(
      "The base URL now points to another server, so the stored secrets apikey, Authorization were cleared. Enter them again and save.",
    );
  });

  it("says what moved for each kind", () => {
    expect(clearedSecretsMessage(["password"], "postgres")).toBe(
      "The host, port or database changed, so the stored secret password was cleared. Enter it again and save.",
    );
    expect(clearedSecretsMessage(["apikey"], "graphql")).toMatch(/^The endpoint now points/);
  });
});
