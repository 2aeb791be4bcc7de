import type { PageCodeText } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { findInstanceReferences } from "./findInstanceReferences";

const widget = (name: string, code: string): PageCodeText => ({
  entity: { kind: "widget", name },
  property: "onClick",
  code,
  isModule: false,
});

describe("findInstanceReferences", () => {
  it("finds calls with their argument counts in expressions and handler statements", () => {
    const found = findInstanceReferences(
      [
        widget("Button1", "Login1.signin({ email: Input1.text }, 2)"),
        widget("Button2", "Login1.signout(); navigateTo('Home')"),
        widget("Button3", "Login1.signin(...args)"),
        widget("Text1", "Login1.user ? 'in' : 'out'"),
        widget("Text2", "Other1.signin(1)"),
      ],
      "Login1",
    );
    expect(found.map(({ where, member, args, code }) => [where.entity.name, member, args, code])).toEqual([
      ["Button1", "signin", 2, "Login1.signin({ email: Input1.text }, 2)"],
      ["Button2", "signout", 0, "Login1.signout()"],
      ["Button3", "signin", null, "Login1.signin(...args)"],
      ["Text1", "user", null, "Login1.user"],
    ]);
  });

  it("reads JS object sources as modules and skips code that does not parse", () => {
    const texts: PageCodeText[] = [
      {
        entity: { kind: "jsObject", name: "Flows" },
        property: "source",
        code: "export default { go() { return Login1.signin(1, 2, 3) } }",
        isModule: true,
      },
      widget("Broken", "Login1.signin("),
    ];
    expect(findInstanceReferences(texts, "Login1")).toEqual([
      {
        where: { entity: { kind: "jsObject", name: "Flows" }, property: "source" },
        member: "signin",
        args: 3,
        code: "Login1.signin(1, 2, 3)",
      },
    ]);
  });
});
