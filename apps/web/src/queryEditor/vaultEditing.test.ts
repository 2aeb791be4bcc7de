import { describe, expect, it } from "vitest";
import { applyVaultCompletion, vaultCompletionAt } from "./vaultCompletion";
import { refreshStatusesOf, vaultKeepOf, vaultKeepText } from "./vaultKeepText";

describe("vaultKeepOf", () => {
  it("reads a comma list, trimmed and without repeats", () => {
    expect(vaultKeepOf(" access_token,refresh_token , access_token,")).toEqual({
      keys: ["access_token", "refresh_token"],
    });
    expect(vaultKeepOf("  ")).toEqual({ keys: [] });
    expect(vaultKeepText(["a", "b"])).toBe("a, b");
    expect(vaultKeepText(undefined)).toBe("");
  });

  it("names the entry that is no field name", () => {
    expect(vaultKeepOf("access_token, access-token")).toEqual({
      error: '"access-token" must be a field name: letters, digits and _, not starting with a digit',
    });
    expect(vaultKeepOf("1st")).toHaveProperty("error");
  });

  it("refuses more than 20 fields", () => {
    const text = Array.from({ length: 21 }, (_, i) => `f${i}`).join(",");
    expect(vaultKeepOf(text)).toEqual({ error: "A query keeps at most 20 fields in the vault" });
  });
});

describe("refreshStatusesOf", () => {
  it("reads statuses, 401 when empty", () => {
    expect(refreshStatusesOf("401, 403, 401")).toEqual({ onStatus: [401, 403] });
    expect(refreshStatusesOf("")).toEqual({ onStatus: [401] });
  });

  it("refuses what is no HTTP error status", () => {
    expect(refreshStatusesOf("401, 200")).toEqual({
      error: '"200" is not an HTTP error status (400 to 599)',
    });
    expect(refreshStatusesOf("40x")).toHaveProperty("error");
    expect(refreshStatusesOf("400,401,402,403,404,405")).toEqual({ error: "At most 5 statuses" });
  });
});

describe("vaultCompletionAt", () => {
  const keys = ["access_token", "refresh_token"];

  it("offers kept keys right after vault. in an open binding", () => {
    expect(vaultCompletionAt("Bearer {{vault.", 15, keys)).toEqual({ from: 15, keys });
    expect(vaultCompletionAt("Bearer {{ vault.ac", 18, keys)).toEqual({ from: 16, keys: ["access_token"] });
  });

  it("offers nothing outside a binding, inside a larger expression, or once a key is typed whole", () => {
    expect(vaultCompletionAt("vault.", 6, keys)).toBeNull();
    expect(vaultCompletionAt("{{'Bearer ' + vault.", 20, keys)).toBeNull();
    expect(vaultCompletionAt("{{vault.access_token", 20, keys)).toBeNull();
    expect(vaultCompletionAt("{{vault.x", 9, keys)).toBeNull();
    expect(vaultCompletionAt("{{vault.", 8, [])).toBeNull();
  });

  it("replaces the typed part and closes the binding when it is open", () => {
    const text = "Bearer {{vault.ac";
    const completion = vaultCompletionAt(text, text.length, keys);
    if (!completion) throw new Error("expected a completion");
    expect(applyVaultCompletion(text, text.length, completion, "access_token")).toEqual({
      text: "Bearer {{vault.access_token}}",
      cursor: 29,
    });
    const closed = "{{vault.acc}} x";
    const inner = vaultCompletionAt(closed, 10, keys);
    if (!inner) throw new Error("expected a completion");
    expect(applyVaultCompletion(closed, 10, inner, "access_token")).toEqual({
      text: "{{vault.access_token}} x",
      cursor: 20,
    });
  });
});
