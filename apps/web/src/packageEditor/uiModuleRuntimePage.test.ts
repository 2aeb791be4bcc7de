import { createRuntime, type EngineHost } from "@tessera/engine";
import type { ModuleBody, UiModule, Widget } from "@tessera/model";
import { loadWidgets } from "@tessera/widgets";
import { beforeAll, describe, expect, it } from "vitest";
import { moduleEvaluationOf, uiModuleRuntimePage } from "./uiModuleRuntimePage";

const w = (name: string, type: string, props: Record<string, unknown>): Widget => ({
  id: `id-${name}`,
  name,
  type,
  parentId: null,
  layout: { x: 0, y: 0, w: 20, h: 4 },
  props,
});

const greeting: ModuleBody = {
  kind: "js",
  name: "Greeting",
  inputs: [],
  source: "export default { hello(name) { return 'Hello, ' + name; } }",
};

const form = (defaultTitle: string): UiModule => ({
  kind: "ui",
  name: "LoginForm",
  inputs: [{ name: "title", type: "text", required: true, defaultValue: defaultTitle, description: "" }],
  widgets: [
    w("Text1", "Text", { text: "{{props.title}}" }),
    w("Text2", "Text", { text: "{{Greeting.hello(props.title)}}" }),
  ],
  outputs: [],
  events: [],
});

const appsmith = {
  store: {},
  URL: {
    fullPath: "http://localhost/packages/p",
    host: "localhost",
    hostname: "localhost",
    pathname: "/packages/p",
    protocol: "http:",
    port: "",
    hash: "",
    queryParams: {},
  },
  user: null,
  mode: "EDIT" as const,
};

function evaluate(module: UiModule) {
  const built = uiModuleRuntimePage("pkg", module, [greeting, form("stale")], appsmith);
  const state = createRuntime(built.page, {} as EngineHost).getState();
  return { built, ...moduleEvaluationOf(state, module.name) };
}

beforeAll(() => loadWidgets());

describe("uiModuleRuntimePage", () => {
  it("evaluates the module's widgets with its prop defaults and the package's draft modules", () => {
    const { built, result, problems } = evaluate(form("Sign in"));
    expect(built.problems).toEqual([]);
    expect(problems).toEqual([]);
    expect(result.values.Text1.text).toBe("Sign in");
    expect(result.values.Text2.text).toBe("Hello, Sign in");
    expect(result.errors).toEqual({});
  });

  it("reports a default that breaks the prop's rule as the instance's problem", () => {
    const { problems } = evaluate(form(""));
    expect(problems).toEqual(["LoginForm.props: LoginForm: prop title is required (text) and has no value"]);
  });
});
