import { describe, expect, it } from "vitest";
import type { ViewerPage } from "./deployment";
import {
  entryPageFor,
  entryPagesOf,
  hasPageLoadActions,
  needsEngineOnOpen,
  pageByTarget,
} from "./entryPages";

const page = (name: string, extra: Partial<ViewerPage> = {}): ViewerPage =>
  ({
    id: name,
    name,
    slug: name.toLowerCase(),
    isHome: false,
    widgets: [],
    queries: [],
    jsObjects: [],
    moduleInstances: [],
    ...extra,
  }) as ViewerPage;

const guardTo = (navigateTo: string) =>
  ({
    expressions: {},
    handlers: {},
    jsObjects: {},
    entryGuard: { storeLacks: "token", navigateTo },
  }) as const;

describe("pageByTarget", () => {
  const pages = [page("Home"), page("Orders", { slug: "all-orders" })];

  it("finds a page by name, else by slug", () => {
    expect(pageByTarget(pages, " Orders ")?.name).toBe("Orders");
    expect(pageByTarget(pages, "ALL-ORDERS")?.name).toBe("Orders");
    expect(pageByTarget(pages, "Missing")).toBeUndefined();
  });
});

describe("entryPagesOf", () => {
  it("follows entry guards from the home page, each page once", () => {
    const pages = [
      page("Login", { compiled: guardTo("Home") }),
      page("Home", { isHome: true, compiled: guardTo("login") }),
    ];
    expect(entryPagesOf(pages, undefined).map((p) => p.name)).toEqual(["Home", "Login"]);
  });

  it("starts at the page the slug names, and knows no page for an unknown slug", () => {
    const pages = [page("Home", { isHome: true }), page("Orders")];
    expect(entryPagesOf(pages, "ORDERS").map((p) => p.name)).toEqual(["Orders"]);
    expect(entryPagesOf(pages, "nowhere")).toEqual([]);
  });

  it("takes the first page when none is home", () => {
    expect(entryPagesOf([page("A"), page("B")], undefined).map((p) => p.name)).toEqual(["A"]);
  });
});

describe("entryPageFor", () => {
  const pages = [
    page("Home", { isHome: true, compiled: guardTo("Login") }),
    page("Login", { compiled: guardTo("Home") }),
  ];

  it("follows a guard whose key the store lacks, and stops where the store has it", () => {
    expect(entryPageFor(pages, pages[0], () => false).name).toBe("Login");
    expect(entryPageFor(pages, pages[0], (key) => key === "token").name).toBe("Home");
  });
});

describe("hasPageLoadActions", () => {
  it("sees guards of module instances and on-load queries", () => {
    const plain = page("Login");
    expect(hasPageLoadActions(plain)).toBe(false);
    expect(
      hasPageLoadActions({
        ...plain,
        moduleInstances: [
          {
            id: "m",
            name: "Login1",
            packageId: "p",
            moduleName: "Login",
            version: 1,
            runOnPageLoad: ["guard"],
            inputs: {},
            confirmBeforeRun: false,
          },
        ],
      }),
    ).toBe(true);
    expect(
      hasPageLoadActions({ ...plain, queries: [{ name: "q", bindings: [], runOnPageLoad: true }] }),
    ).toBe(true);
  });
});

describe("needsEngineOnOpen", () => {
  const widget = (props: Record<string, unknown>) =>
    ({
      id: "w",
      name: "Text1",
      type: "Text",
      parentId: null,
      layout: { x: 0, y: 0, w: 4, h: 2 },
      props,
    }) as const;

  it("is true for a binding in a value prop or an on-load action, not for static props or handlers", () => {
    expect(needsEngineOnOpen(page("A", { widgets: [widget({ text: "Hello" })] }))).toBe(false);
    expect(needsEngineOnOpen(page("A", { widgets: [widget({ onClick: "{{showAlert('hi')}}" })] }))).toBe(
      false,
    );
    expect(needsEngineOnOpen(page("A", { widgets: [widget({ text: "{{Input1.text}}" })] }))).toBe(true);
    expect(
      needsEngineOnOpen(page("A", { queries: [{ name: "q", bindings: [], runOnPageLoad: true }] })),
    ).toBe(true);
  });
});
