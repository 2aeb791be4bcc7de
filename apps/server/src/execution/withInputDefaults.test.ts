import type { ModuleInput } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { withInputDefaults } from "./withInputDefaults";

describe("withInputDefaults", () => {
  const input = (name: string, defaultValue: string, type: ModuleInput["type"] = "any"): ModuleInput => ({
    name,
    type,
    required: false,
    defaultValue,
    description: "",
  });
  const inputs = [input("email", "demo@example.com"), input("password", "{{appsmith.store.pw}}")];

  it("fills a missing input with its plain default", () => {
    expect(withInputDefaults({}, inputs)).toEqual({ "inputs.email": "demo@example.com" });
  });

  it("keeps a value the caller sent, even an empty one", () => {
    expect(withInputDefaults({ "inputs.email": "" }, inputs)["inputs.email"]).toBe("");
  });

  it("fills a plain default as a value of the input's type", () => {
    expect(withInputDefaults({}, [input("limit", "10", "number")])).toEqual({ "inputs.limit": 10 });
  });

  it("does not fill a default that is a binding", () => {
    expect(withInputDefaults({}, inputs)).not.toHaveProperty("inputs.password");
  });
});
