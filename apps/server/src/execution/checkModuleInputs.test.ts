import type { ModuleInput } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { checkModuleInputs, InvalidInputError } from "./checkModuleInputs";

const input = (
  name: string,
  type: ModuleInput["type"],
  required = false,
  defaultValue = "",
): ModuleInput => ({
  name,
  type,
  required,
  defaultValue,
  description: "",
});

describe("checkModuleInputs", () => {
  const caller = { instance: "Users1", query: "list_users" };
  const inputs = [input("limit", "number", false, "10"), input("team", "text", true)];

  it("accepts values of the right types and a default in place of a missing value", () => {
    expect(() => checkModuleInputs(caller, inputs, {}, { team: "ops" })).not.toThrow();
    expect(() => checkModuleInputs(caller, inputs, { "inputs.team": "ops" }, undefined)).not.toThrow();
  });

  it("names the instance, the input, the type and what came for a wrong type", () => {
    const check = () => checkModuleInputs(caller, inputs, {}, { team: "ops", limit: "ten" });
    expect(check).toThrow('Users1 (query list_users): input limit must be a number, got string "ten"');
  });

  it("refuses a missing required input, naming the instance and the query called in it", () => {
    try {
      checkModuleInputs({ instance: "Login1", query: "sign_in" }, inputs, {}, { team: "" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message).toBe(
        "Login1 (query sign_in): input team is required (text) and has no value",
      );
      expect((error as InvalidInputError).toBody().error).toMatchObject({ input: "team", expected: "text" });
    }
  });
});
