import { describe, expect, it } from "vitest";
import { jsonBodyProblem } from "./jsonBodyProblem";

describe("jsonBodyProblem", () => {
  it("accepts bindings as JSON values and inside strings", () => {
    expect(jsonBodyProblem('{ "email": {{inputs.email}}, "auth": "Bearer {{inputs.token}}" }')).toBeNull();
    expect(jsonBodyProblem("[{{inputs.a}}, 2]")).toBeNull();
  });

  it("reports a missing comma", () => {
    expect(jsonBodyProblem('{ "a": 1 "b": 2 }')).toMatch(/^The body is not valid JSON/);
  });

  it("leaves bodies that are not JSON alone", () => {
    expect(jsonBodyProblem("grant_type=password&email={{inputs.email}}")).toBeNull();
    expect(jsonBodyProblem("")).toBeNull();
  });
});
