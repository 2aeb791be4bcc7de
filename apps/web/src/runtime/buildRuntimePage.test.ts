import type { ViewerPage } from "@tessera/model";
import { loadWidgets } from "@tessera/widgets";
import { beforeAll, describe, expect, it } from "vitest";
import { appsmithUrlOf } from "./appsmithUrlOf";
import { buildRuntimePage } from "./buildRuntimePage";

const appsmith = {
  store: {},
  URL: appsmithUrlOf("http://localhost/app/a/home?x=1"),
  user: null,
  mode: "VIEW" as const,
};

const page: ViewerPage = {
  id: "pg",
  name: "Home",
  slug: "home",
  isHome: true,
  widgets: [
    {
      id: "w1",
      name: "Text1",
      type: "Text",
      parentId: null,
      layout: { x: 0, y: 0, w: 10, h: 4 },
      props: { text: "hi" },
    },
  ],
  queries: [],
  jsObjects: [],
  moduleInstances: [
    {
      id: "m1",
      name: "Login1",
      packageId: "p1",
      moduleName: "Login",
      version: 1,
      runOnPageLoad: ["guard"],
      inputs: {},
      confirmBeforeRun: false,
    },
    {
      id: "m2",
      name: "Gone1",
      packageId: "p1",
      moduleName: "Gone",
      version: 1,
      runOnPageLoad: [],
      inputs: {},
      confirmBeforeRun: false,
    },
  ],
};

beforeAll(() => loadWidgets());

describe("buildRuntimePage", () => {
  it("names each widget's parent, so the engine finds a List's template", () => {
    const nested: ViewerPage = {
      ...page,
      widgets: [
        { ...page.widgets[0], id: "l1", name: "List1", type: "List", props: {} },
        { ...page.widgets[0], id: "t1", name: "Name", parentId: "l1" },
      ],
    };
    const built = buildRuntimePage(nested, [], appsmith).page;
    expect(built.widgets.map((widget) => widget.parent)).toEqual([undefined, "List1"]);
    expect(built.widgetTypes.List.repeat).toEqual({
      items: "listData",
      pageNo: "pageNo",
      pageSize: "pageSize",
    });
  });

  it("gives an instance its pinned JS module and the package's query modules", () => {
    const { page: runtimePage, problems } = buildRuntimePage(
      page,
      [
        {
          uiModules: [],
          packageId: "p1",
          version: 1,
          jsModules: [{ kind: "js", name: "Login", inputs: [], source: "export default { guard() {} }" }],
          queryModules: [{ name: "sign_in", inputs: [], bindings: ["inputs.email"] }],
        },
      ],
      appsmith,
    );
    expect(runtimePage.moduleInstances).toEqual([
      {
        name: "Login1",
        jsModule: { source: "export default { guard() {} }", inputs: [] },
        queryModules: [{ name: "sign_in", inputs: [], bindings: ["inputs.email"] }],
        inputValues: {},
        runOnPageLoad: ["guard"],
      },
    ]);
    expect(problems).toEqual(["Gone1: module Gone v1 is not available"]);
    expect(runtimePage.widgets).toEqual([{ name: "Text1", type: "Text", props: { text: "hi" } }]);
    expect(runtimePage.widgetTypes.Input.metaFromProps).toEqual({ text: "defaultText" });
    expect(runtimePage.appsmith.URL.queryParams).toEqual({ x: "1" });
  });

  it("gives an instance of a query module that module, its input values and its run options", () => {
    const instance = {
      id: "m3",
      name: "Users1",
      uiModules: [],
      packageId: "p1",
      moduleName: "list_users",
      version: 1,
      runOnPageLoad: ["run"],
      inputs: { team: "{{Input1.text}}" },
      confirmBeforeRun: true,
    };
    const { page: runtimePage, problems } = buildRuntimePage(
      { ...page, moduleInstances: [instance] },
      [
        {
          uiModules: [],
          packageId: "p1",
          version: 1,
          jsModules: [],
          queryModules: [{ name: "list_users", inputs: [], bindings: ["inputs.team"] }],
        },
      ],
      appsmith,
    );
    expect(problems).toEqual([]);
    expect(runtimePage.moduleInstances).toEqual([
      {
        name: "Users1",
        queryModule: { name: "list_users", inputs: [], bindings: ["inputs.team"] },
        inputValues: { team: "{{Input1.text}}" },
        runOnPageLoad: ["run"],
        confirmBeforeRun: true,
      },
    ]);
  });
});
