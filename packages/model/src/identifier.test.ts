import { describe, expect, it } from "vitest";
import { displayNameSchema, identifierSchema } from "./identifier";

describe("names", () => {
  const controls = ["\u0000", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009b"];

  for (const control of controls) {
    const shown = JSON.stringify(control);
    it(`refuses the control character ${shown} inside a display name`, () => {
      const result = displayNameSchema.safeParse(`Sales${control}Team`);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe("must not contain control characters");
    });

    it(`refuses the control character ${shown} in an identifier`, () => {
      expect(identifierSchema.safeParse(`Login${control}`).success).toBe(false);
      expect(identifierSchema.safeParse(`Lo${control}gin`).success).toBe(false);
    });
  }

  it("keeps display names with spaces, punctuation and non-Latin letters", () => {
    for (const name of ["Sales & Ops", "Équipe Nord", "営業チーム", "Team (EU) — 2026"]) {
      expect(displayNameSchema.parse(name)).toBe(name);
    }
  });

  it("trims surrounding whitespace before judging a display name", () => {
    expect(displayNameSchema.parse("  Team  ")).toBe("Team");
  });
});
