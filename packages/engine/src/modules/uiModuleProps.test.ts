import { describe, expect, it } from "vitest";
import { createRuntime } from "../runtime/parsingRuntime";
import { createTestHost, createTestPage } from "../test/createTestPage";
import { type UiModulePropType, uiModuleProps } from "./uiModuleProps";

const types: UiModulePropType[] = [
  { name: "title", type: "text", required: true },
  { name: "width", type: "number", required: false },
];

describe("uiModuleProps", () => {
  it("gives the props back when each fits its type, an optional one may be missing", () => {
    const props = { title: "Sign in", width: undefined };
    expect(uiModuleProps("LoginForm1", props, types)).toBe(props);
  });

  it("names the instance, the prop, the type expected and what it got", () => {
    expect(() => uiModuleProps("LoginForm1", { title: "Sign in", width: "wide" }, types)).toThrow(
      'LoginForm1: prop width must be a number, got string "wide"',
    );
    expect(() => uiModuleProps("LoginForm1", { title: "" }, types)).toThrow(
      "LoginForm1: prop title is required (text) and has no value",
    );
  });

  it("is what a props binding calls: a prop that does not fit is the instance's binding error", () => {
    const bound = (title: string) =>
      createTestPage({
        widgets: [
          {
            name: "LoginForm1",
            type: "UiModule",
            props: {
              props: `{{ uiModuleProps("LoginForm1", { "title": ${title} }, ${JSON.stringify(types)}) }}`,
            },
          },
          {
            name: "LoginForm1__Text1",
            type: "Text",
            props: { text: "{{LoginForm1.props.title}}" },
            parent: "LoginForm1",
          },
        ],
      });
    const good = createRuntime(bound('"Welcome"'), createTestHost().host).getState();
    expect(good.errors).toEqual({});
    expect(good.values.LoginForm1__Text1.text).toBe("Welcome");
    const wrong = createRuntime(bound("(1 + 1)"), createTestHost().host).getState();
    expect(wrong.errors["LoginForm1.props"]).toBe("LoginForm1: prop title must be text, got number 2");
  });
});
