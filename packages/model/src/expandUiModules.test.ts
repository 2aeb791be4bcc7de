import { createRuntime, type EngineHost } from "@tessera/engine";
import { describe, expect, it } from "vitest";
import { codeProblems } from "./codeProblems";
import type { ViewerPackage } from "./deployment";
import { expandUiModules, moduleInstanceNamed } from "./expandUiModules";
import { modulePinsOf } from "./modulePins";
import { emptyPageDoc, type PageDoc, type Widget } from "./page";
import { pageEntities } from "./pageEntities";

const layout = { x: 0, y: 0, w: 10, h: 4 };
const widget = (
  name: string,
  type: string,
  props: Record<string, unknown>,
  parentId: string | null = null,
): Widget => ({
  id: `id-${name}`,
  name,
  type,
  parentId,
  layout,
  props,
});

const loginForm: ViewerPackage = {
  packageId: "auth",
  version: 2,
  jsModules: [{ kind: "js", name: "Login", inputs: [], source: "export default { signin() {} }" }],
  queryModules: [
    { name: "sign_in", inputs: [], bindings: [] },
    { name: "unused", inputs: [], bindings: [] },
  ],
  uiModules: [
    {
      kind: "ui",
      name: "LoginForm",
      inputs: [
        { name: "title", type: "text", required: false, defaultValue: "Sign in", description: "" },
        { name: "width", type: "number", required: false, defaultValue: "5", description: "" },
      ],
      widgets: [
        widget("Text1", "Text", { text: "{{props.title}}" }),
        widget("Input1", "Input", { label: "Email" }),
        widget("Button1", "Button", {
          onClick: "{{Login.signin({ email: Input1.text }).then(() => emit('onSignedIn'))}}",
        }),
      ],
      outputs: [{ name: "email", value: "{{Input1.text}}", description: "" }],
      events: [{ name: "onSignedIn", description: "" }],
    },
  ],
};

const instance = widget("LoginForm1", "UiModule", {
  title: "Welcome {{appsmith.user?.name}}",
  onSignedIn: "{{navigateTo('Home')}}",
});
const page: PageDoc = {
  ...emptyPageDoc(),
  widgets: [
    { ...instance, module: { packageId: "auth", moduleName: "LoginForm", version: 2 } },
    widget("Echo", "Text", { text: "{{LoginForm1.email}}" }),
  ],
};

describe("expandUiModules", () => {
  it("lays an instance out as its widgets, an events object and the modules it calls", () => {
    const { page: expanded, problems } = expandUiModules(page, [loginForm]);
    expect(problems).toEqual([]);
    expect(expanded.widgets.map((w) => [w.name, w.parentId])).toEqual([
      ["LoginForm1", null],
      ["LoginForm1__Text1", "id-LoginForm1"],
      ["LoginForm1__Input1", "id-LoginForm1"],
      ["LoginForm1__Button1", "id-LoginForm1"],
      ["Echo", null],
    ]);
    const [frame, text, , button] = expanded.widgets;
    expect(frame.module).toBeUndefined();
    expect(frame.props.props).toBe(
      '{{ uiModuleProps("LoginForm1", { "title": ("Welcome " + String(appsmith.user?.name)), "width": 5 }, ' +
        '[{"name":"title","type":"text","required":false},{"name":"width","type":"number","required":false}]) }}',
    );
    expect(frame.props.email).toBe("{{LoginForm1__Input1.text}}");
    expect(text.props.text).toBe("{{LoginForm1.props.title}}");
    expect(button.props.onClick).toBe(
      "{{LoginForm1__Login.signin({ email: LoginForm1__Input1.text }).then(() => LoginForm1__events.emit('onSignedIn'))}}",
    );
    expect(expanded.moduleInstances.map((m) => [m.name, m.moduleName, m.version])).toEqual([
      ["LoginForm1__Login", "Login", 2],
    ]);
    expect(expanded.jsObjects[0].name).toBe("LoginForm1__events");
    expect(expanded.jsObjects[0].source).toContain("case \"onSignedIn\": {\n        navigateTo('Home');");
  });

  it("checks the props against the module's inputs when they are evaluated", () => {
    const typed: ViewerPackage = {
      ...loginForm,
      uiModules: loginForm.uiModules.map((m) => ({
        ...m,
        inputs: m.inputs.map((input) => (input.name === "title" ? { ...input, required: true } : input)),
      })),
    };
    const propsError = (props: Record<string, unknown>) => {
      const placed = {
        ...instance,
        props,
        module: { packageId: "auth", moduleName: "LoginForm", version: 2 },
      };
      const expanded = expandUiModules({ ...emptyPageDoc(), widgets: [placed] }, [typed]).page;
      const runtime = createRuntime(
        {
          widgets: expanded.widgets.map(({ name, type, props }) => ({ name, type, props })),
          widgetTypes: {},
          queries: [],
          jsObjects: [],
          moduleInstances: [],
          appsmith: { store: {}, URL: {} as never, user: null, mode: "VIEW" },
        },
        {} as EngineHost,
      );
      return runtime.getState().errors["LoginForm1.props"];
    };
    expect(propsError({ title: "Hi", width: "12" })).toBeUndefined();
    expect(propsError({ title: "Hi", width: "wide" })).toBe(
      'LoginForm1: prop width must be a number, got string "wide"',
    );
    expect(propsError({ title: "{{''}}" })).toBe(
      "LoginForm1: prop title is required (text) and has no value",
    );
  });

  it("leaves an expanded page as it is, and reports a missing version", () => {
    const once = expandUiModules(page, [loginForm]).page;
    expect(expandUiModules(once, [loginForm]).page).toEqual(once);
    expect(expandUiModules(page, []).problems).toEqual([
      "LoginForm1: UI module LoginForm v2 is not available",
    ]);
  });

  it("finds the instance a run names inside a UI module", () => {
    expect(moduleInstanceNamed(page, "LoginForm1__Login")).toEqual({
      packageId: "auth",
      moduleName: "Login",
      version: 2,
    });
    expect(moduleInstanceNamed(page, "Other__Login")).toBeUndefined();
  });

  it("counts a UI module's widget as a pinned use, its string props as its values", () => {
    expect(modulePinsOf(page)).toEqual([
      {
        name: "LoginForm1",
        packageId: "auth",
        moduleName: "LoginForm",
        version: 2,
        inputs: { title: "Welcome {{appsmith.user?.name}}", onSignedIn: "{{navigateTo('Home')}}" },
        entity: "widget",
      },
    ]);
  });
});

describe("pageEntities of a UI module's instance", () => {
  it("offers its outputs and flags members it does not have", () => {
    const entities = pageEntities(page, { packages: [loginForm], widgetTypes: {} });
    expect(entities.entities.get("LoginForm1")).toMatchObject({
      detail: "LoginForm v2",
      members: [{ name: "email" }, { name: "isVisible" }],
      complete: true,
    });
    expect(codeProblems("{{LoginForm1.email}}", "binding", entities)).toEqual([]);
    expect(codeProblems("{{LoginForm1.mail}}", "binding", entities).map((p) => p.message)).toEqual([
      'LoginForm1 has no property "mail"; did you mean "email"?',
    ]);
  });
});
