import type { WidgetTypeSpec } from "@tessera/engine";
import { describe, expect, it } from "vitest";
import { codeProblems } from "./codeProblems";
import type { ViewerPackage } from "./deployment";
import type { PageDoc, Widget } from "./page";
import { pageEntities } from "./pageEntities";
import { pageProblems } from "./pageProblems";
import { emptyQueryConfig } from "./queryKinds";

const widgetTypes: Record<string, WidgetTypeSpec> = {
  input: { props: { label: "text", defaultText: "text" }, meta: { text: "" }, events: ["onSubmit"] },
  button: { props: { label: "text" }, meta: {}, events: ["onClick"] },
};

const loginSource = `export default {
  signin: ({ email, password }) => sign_in.run({ email, password }).then(() => storeValue("access_token", 1)),
  async signout() {},
}`;

const packages: ViewerPackage[] = [
  {
    packageId: "pkg1",
    version: 1,
    jsModules: [{ kind: "js", name: "Login", source: loginSource, inputs: [] }],
    queryModules: [],
  } as unknown as ViewerPackage,
];

function widget(name: string, type: string, props: Record<string, unknown>): Widget {
  return { id: `id-${name}`, name, type, parentId: null, layout: { x: 0, y: 0, w: 4, h: 4 }, props };
}

function pageDoc(onClick: string, extra: Widget[] = []): PageDoc {
  return {
    schemaVersion: 1,
    widgets: [
      widget("Input1", "input", { label: "Email" }),
      widget("Button1", "button", { label: "Go", onClick }),
      ...extra,
    ],
    queries: [
      {
        id: "q1",
        name: "Api1",
        runOnPageLoad: false,
        config: { ...emptyQueryConfig("rest", "ds"), path: "/u/{{Inpt1.text}}" },
      },
    ],
    jsObjects: [
      {
        id: "j1",
        name: "Helpers",
        source: "export default { greet: (who) => who, n: 1 }",
        runOnPageLoad: [],
      },
    ],
    moduleInstances: [
      {
        id: "m1",
        name: "Login1",
        packageId: "pkg1",
        moduleName: "Login",
        version: 1,
        runOnPageLoad: [],
        inputs: {},
        confirmBeforeRun: false,
      },
    ],
  };
}

const context = { packages, widgetTypes };

describe("pageEntities", () => {
  it("lists each entity's properties and functions with their parameters", () => {
    const { entities, functions } = pageEntities(pageDoc(""), context);
    const login = entities.get("Login1");
    expect(login?.complete).toBe(true);
    expect(login?.members.map((m) => [m.name, m.kind, m.params])).toEqual([
      ["signin", "function", ["{ email, password }"]],
      ["signout", "function", []],
    ]);
    expect(entities.get("Input1")?.members.map((m) => m.name)).toEqual(["label", "defaultText", "text"]);
    expect(entities.get("Api1")?.members.map((m) => m.name)).toContain("run");
    expect(entities.get("Helpers")?.members.map((m) => m.name)).toEqual(["greet", "n"]);
    expect(functions.find((f) => f.name === "storeValue")?.params).toEqual(["key", "value", "persist?"]);
  });

  it("offers store keys that code stores under a literal name", () => {
    const store = pageEntities(pageDoc(""), { ...context, storeKeys: ["theme"] })
      .entities.get("appsmith")
      ?.members.find((m) => m.name === "store");
    expect(store?.members?.map((m) => m.name)).toEqual(["access_token", "theme"]);
  });

  it("knows nothing of an instance whose package version is not loaded, and says so", () => {
    const login = pageEntities(pageDoc(""), { ...context, packages: [] }).entities.get("Login1");
    expect(login).toMatchObject({ members: [], complete: false });
  });
});

describe("codeProblems", () => {
  const entities = pageEntities(pageDoc(""), context);
  const messages = (value: string, mode: "binding" | "event") =>
    codeProblems(value, mode, entities).map((p) => p.message);

  it("flags a call of a function the instance does not have, with the nearest name", () => {
    expect(codeProblems("{{Login1.sigin({ email: Input1.text })}}", "event", entities)).toEqual([
      {
        kind: "reference",
        path: "Login1.sigin",
        message: 'Login1 has no function "sigin"; did you mean "signin"?',
      },
    ]);
  });

  it("flags unknown names and properties, and passes what exists", () => {
    expect(messages("{{Logn1.signin()}}", "event")).toEqual(['Unknown name "Logn1"; did you mean "Login1"?']);
    expect(messages("Hi {{Input1.txt}}", "binding")).toEqual([
      'Input1 has no property "txt"; did you mean "text"?',
    ]);
    expect(messages("{{Helpers.n()}}", "binding")).toEqual(["Helpers.n is not a function"]);
    expect(
      messages(
        "{{Login1.signin({ email: Input1.text }).catch((e) => showAlert(e.message, 'error')); Api1.data.items.map((r) => r.id)}}",
        "event",
      ),
    ).toEqual([]);
    expect(messages("{{appsmith.store.anything + Math.max(1, 2)}}", "binding")).toEqual([]);
  });

  it("checks plain handler code and reports a syntax error", () => {
    expect(messages("Helpers.gret('a')", "event")).toEqual([
      'Helpers has no function "gret"; did you mean "greet"?',
    ]);
    expect(messages("{{Login1.signin(}}", "event")[0]).toMatch(/^SyntaxError: /);
  });

  it("does not flag members of an entity it cannot know", () => {
    const unknown = pageEntities(pageDoc(""), { ...context, packages: [] });
    expect(codeProblems("{{Login1.sigin()}}", "event", unknown)).toEqual([]);
  });
});

describe("pageProblems", () => {
  it("lists the problems of widget props, events and query bindings by entity and prop", () => {
    const doc = pageDoc("{{Login1.sigin()}}", [widget("Text1", "text", { text: "{{Input1.text}}" })]);
    expect(
      pageProblems(doc, context).map(({ entity, prop, message }) => ({ entity, prop, message })),
    ).toEqual([
      {
        entity: "Button1",
        prop: "onClick",
        message: 'Login1 has no function "sigin"; did you mean "signin"?',
      },
      { entity: "Api1", prop: "config", message: 'Unknown name "Inpt1"; did you mean "Input1"?' },
    ]);
  });

  it("finds nothing on a clean page", () => {
    const doc = pageDoc("{{Login1.signin({ email: Input1.text })}}");
    doc.queries = [];
    expect(pageProblems(doc, context)).toEqual([]);
  });
});

describe("currentItem in a List", () => {
  const types = {
    ...widgetTypes,
    list: { props: {}, meta: {}, events: ["onItemClick"], repeat: { items: "listData" } },
  };
  const list = widget("List1", "list", {
    onItemClick: "{{showAlert(currentItem.name)}}",
    listData: "{{currentItem}}",
  });
  const inList = (name: string, props: Record<string, unknown>) => ({
    ...widget(name, "button", props),
    parentId: list.id,
  });

  it("is known in the template and in the List's events, and nowhere else", () => {
    const doc = pageDoc("{{showAlert(currentIndex)}}", [
      list,
      inList("Pick", {
        label: "{{currentItem.name}} #{{currentIndex}}",
        onClick: "{{showAlert(currentItem.name)}}",
      }),
    ]);
    const problems = pageProblems(doc, { packages, widgetTypes: types });
    expect(problems.map((p) => `${p.entity}.${p.prop}: ${p.message}`)).toEqual([
      'Button1.onClick: Unknown name "currentIndex"',
      'List1.listData: Unknown name "currentItem"',
      'Api1.config: Unknown name "Inpt1"; did you mean "Input1"?',
    ]);
  });
});
