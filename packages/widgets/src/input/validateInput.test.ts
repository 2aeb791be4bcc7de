import { describe, expect, it } from "vitest";
import { validateInput } from "./validateInput";

describe("validateInput", () => {
  it("accepts an empty optional field and refuses an empty required one", () => {
    expect(validateInput({}, "")).toEqual({ isValid: true, message: "" });
    expect(validateInput({ required: true }, "")).toEqual({
      isValid: false,
      message: "This field is required",
    });
  });

  it("checks email and number types", () => {
    expect(validateInput({ inputType: "email" }, "a@b.co").isValid).toBe(true);
    expect(validateInput({ inputType: "email" }, "a@b").isValid).toBe(false);
    expect(validateInput({ inputType: "number" }, "4.5").isValid).toBe(true);
    expect(validateInput({ inputType: "number" }, "4,5").isValid).toBe(false);
  });

  it("checks lengths, where 0 means no limit", () => {
    expect(validateInput({ minLength: 3 }, "ab")).toEqual({
      isValid: false,
      message: "Enter at least 3 characters",
    });
    expect(validateInput({ maxLength: 3 }, "abcd").isValid).toBe(false);
    expect(validateInput({ minLength: 0, maxLength: 0 }, "a".repeat(500)).isValid).toBe(true);
  });

  it("matches the regex against the whole text", () => {
    expect(validateInput({ regex: "[0-9]+" }, "123").isValid).toBe(true);
    expect(validateInput({ regex: "[0-9]+" }, "123a").isValid).toBe(false);
  });

  it("ignores a regex that does not compile", () => {
    expect(validateInput({ regex: "([" }, "anything").isValid).toBe(true);
  });

  it("uses the author's error message", () => {
    expect(validateInput({ required: true, errorMessage: "Email please" }, "")).toEqual({
      isValid: false,
      message: "Email please",
    });
  });
});
