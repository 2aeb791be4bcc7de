import { describe, expect, it } from "vitest";
import { appStoreKey, createAppStore, type KeyValueStorage } from "./appStore";

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe("createAppStore", () => {
  it("persists values under the app's own key", () => {
    const storage = memoryStorage();
    const store = createAppStore("app1", storage);
    store.set("access_token", "abc", true);
    expect(JSON.parse(storage.data.get("tessera:store:app1")!)).toEqual({ access_token: "abc" });
    expect(createAppStore("app1", storage).snapshot()).toEqual({ access_token: "abc" });
  });

  it("keeps persist=false values in memory only", () => {
    const storage = memoryStorage();
    const store = createAppStore("app1", storage);
    store.set("draft", { a: 1 }, false);
    expect(store.snapshot()).toEqual({ draft: { a: 1 } });
    expect(storage.data.size).toBe(0);
  });

  it("clears only this app's keys", () => {
    const storage = memoryStorage({ [appStoreKey("other")]: '{"x":1}', theme: "dark" });
    const store = createAppStore("app1", storage);
    store.set("a", 1, true);
    store.set("b", 2, false);
    store.clear();
    expect(store.snapshot()).toEqual({});
    expect([...storage.data.keys()].sort()).toEqual(["tessera:store:other", "theme"]);
  });

  it("removes a value from memory and storage", () => {
    const storage = memoryStorage();
    const store = createAppStore("app1", storage);
    store.set("a", 1, true);
    store.set("b", 2, true);
    store.remove("a");
    expect(store.snapshot()).toEqual({ b: 2 });
    expect(JSON.parse(storage.data.get("tessera:store:app1")!)).toEqual({ b: 2 });
  });

  it("starts empty from unreadable stored text and works without storage", () => {
    expect(createAppStore("app1", memoryStorage({ "tessera:store:app1": "{oops" })).snapshot()).toEqual({});
    const store = createAppStore("app1", null);
    store.set("a", 1, true);
    expect(store.snapshot()).toEqual({ a: 1 });
  });
});
