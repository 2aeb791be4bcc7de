import { describe, expect, it } from "vitest";
import { withInputDefaults } from "./withInputDefaults";

describe("withInputDefaults", () => {
  const inputs = [
    { name: "email", defaultValue: "demo@example.com" },
    { name: "password", defaultValue: "{{appsmith.store.pw}}" },
  ];

  it("fills a missing input with its plain default", () => {
    expect(withInputDefaults({}, inputs)).toEqual({ "inputs.email": "demo@example.com" });
  });

  it("keeps a value the caller sent, even an empty one", () => {
    expect(withInputDefaults({ "inputs.email": "" }, inputs)["inputs.email"]).toBe("");
  });

  it("does not fill a default that is a binding", () => {
    expect(withInputDefaults({}, inputs)).not.toHaveProperty("inputs.password");
  });
});
