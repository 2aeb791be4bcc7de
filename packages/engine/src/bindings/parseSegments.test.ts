import { describe, expect, it } from "vitest";
import { bindingExpressions, hasBindings, parseSegments, type Segment } from "./parseSegments";

const t = (text: string): Segment => ({ kind: "text", text });
const b = (expression: string, raw = `{{${expression}}}`): Segment => ({ kind: "binding", expression, raw });

describe("parseSegments", () => {
  const cases: [string, Segment[]][] = [
    ["plain text", [t("plain text")]],
    ["", []],
    ["{{a}}", [b("a")]],
    ["Hi {{user.name}}!", [t("Hi "), b("user.name"), t("!")]],
    ["{{ a }} and {{b}}", [b("a", "{{ a }}"), t(" and "), b("b")]],
    ["{{}}{{}}}", [b(""), b(""), t("}")]],
    ["{{{}}", [t("{{{}}")]],
    ["{{ {{", [t("{{ {{")]],
    ["}} }}", [t("}} }}")]],
    ["}} {{", [t("}} {{")]],
    ["{{ {a: {b: 1}} }}", [b("{a: {b: 1}}", "{{ {a: {b: 1}} }}")]],
    ['{{ "}}" + "{" }}', [b('"}}" + "{"', '{{ "}}" + "{" }}')]],
    ["{{ '}' }}x", [b("'}'", "{{ '}' }}"), t("x")]],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the binding under test holds a template literal
    ["{{ `a}}${b}` }}", [b("`a}}${b}`", "{{ `a}}${b}` }}")]],
    ['{{ "a\\"}}" }}', [b('"a\\"}}"', '{{ "a\\"}}" }}')]],
    ["a {{ unclosed", [t("a {{ unclosed")]],
    ["{{a}} then {{ unclosed", [b("a"), t(" then {{ unclosed")]],
    [
      "{{ items.map(i => ({ id: i })) }}",
      [b("items.map(i => ({ id: i }))", "{{ items.map(i => ({ id: i })) }}")],
    ],
  ];
  it.each(cases)("splits %j", (input, expected) => {
    expect(parseSegments(input)).toEqual(expected);
  });

  it("tells whether a value holds bindings", () => {
    expect(hasBindings("{{a}}")).toBe(true);
    expect(hasBindings("{{ {{")).toBe(false);
    expect(hasBindings(42)).toBe(false);
  });

  it("lists binding expressions in order", () => {
    expect(bindingExpressions('{ "email": {{inputs.email}}, "password": {{ inputs.password }} }')).toEqual([
      "inputs.email",
      "inputs.password",
    ]);
  });
});
