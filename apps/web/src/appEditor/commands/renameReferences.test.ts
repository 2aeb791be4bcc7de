import { type RestQueryConfig, renameInBindings, renameInCode } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { pageDocFixture, widgetFixture } from "../test/pageDocFixture";
import { addAppQuery } from "./addAppQuery";
import { addJsObject } from "./addJsObject";
import { addModuleInstance } from "./addModuleInstance";
import { renameWidget } from "./renameWidget";

describe("renameInCode", () => {
  it("renames references but not strings, comments or properties", () => {
    expect(renameInCode("Input1.text + 'Input1' + obj.Input1 // Input1", "Input1", "Email")).toBe(
      "Email.text + 'Input1' + obj.Input1 // Input1",
    );
    expect(renameInCode("Input10.text + Input1?.text", "Input1", "Email")).toBe("Input10.text + Email?.text");
    expect(renameInCode("f(...Input1)", "Input1", "Email")).toBe("f(...Email)");
  });

  it("enters template literals only inside their placeholders", () => {
    // Built from parts: the test is about JS template text, which lint would take for a mistake.
    const open = "$" + "{";
    expect(renameInCode(`\`Input1: ${open}Input1.text} ${open} {a: Input1}.a }\``, "Input1", "Email")).toBe(
      `\`Input1: ${open}Email.text} ${open} {a: Email}.a }\``,
    );
  });
});

describe("renameInBindings", () => {
  it("keeps the text around bindings", () => {
    expect(renameInBindings("Input1 says {{ Input1.text }}!", "Input1", "Email")).toBe(
      "Input1 says {{ Email.text }}!",
    );
  });
});

describe("rename follows references", () => {
  it("updates widget props, query configs and JS object sources", () => {
    let doc = pageDocFixture([
      widgetFixture({ id: "i", name: "Input1", type: "Input" }),
      widgetFixture({
        id: "b",
        name: "Button1",
        type: "Button",
        props: { onClick: "{{Login1.signin({ email: Input1.text })}}" },
      }),
    ]);
    doc = addAppQuery(doc, { id: "q", datasourceId: null });
    doc = {
      ...doc,
      queries: [
        {
          ...doc.queries[0],
          config: {
            ...(doc.queries[0].config as RestQueryConfig),
            path: "/users/{{Input1.text}}",
            queryParams: [{ key: "q", value: "{{Input1.text}}" }],
            headers: [{ key: "X-{{Input1.text}}", value: "Input1 {{Input1.text}}" }],
            body: "{{Input1.text}}",
          },
        },
      ],
    };
    doc = addJsObject(doc, { id: "j", source: "export default { f() { return Input1.text } }" });
    doc = addModuleInstance(doc, { id: "m", packageId: "p", moduleName: "Login", version: 1 });
    doc = { ...doc, moduleInstances: [{ ...doc.moduleInstances[0], inputs: { tenant: "{{Input1.text}}" } }] };
    const renamed = renameWidget(doc, { id: "i", name: "Email" });
    expect(renamed.moduleInstances[0].inputs).toEqual({ tenant: "{{Email.text}}" });
    expect(renamed.widgets[1].props.onClick).toBe("{{Login1.signin({ email: Email.text })}}");
    expect(renamed.queries[0].config).toMatchObject({
      path: "/users/{{Email.text}}",
      queryParams: [{ key: "q", value: "{{Email.text}}" }],
      headers: [{ key: "X-{{Email.text}}", value: "Input1 {{Email.text}}" }],
      body: "{{Email.text}}",
    });
    expect(renamed.jsObjects[0].source).toBe("export default { f() { return Email.text } }");
  });
});
