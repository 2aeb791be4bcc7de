import type { ViewerPage } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { navigationSearch, resolveNavigation } from "./resolveNavigation";

const page = (name: string, slug: string): ViewerPage => ({
  id: slug,
  name,
  slug,
  isHome: false,
  widgets: [],
  queries: [],
  jsObjects: [],
  moduleInstances: [],
});
const pages = [page("LoginPage", "loginpage"), page("Home", "home")];
const base = "http://localhost:3100/app/login-app/loginpage";

describe("resolveNavigation", () => {
  it("finds a page by name, then by slug", () => {
    expect(resolveNavigation(pages, "Home", base)).toMatchObject({ kind: "page", page: { id: "home" } });
    expect(resolveNavigation(pages, "loginpage", base)).toMatchObject({
      kind: "page",
      page: { id: "loginpage" },
    });
  });

  it("treats URLs as URLs", () => {
    expect(resolveNavigation(pages, "https://example.com/x", base)).toEqual({
      kind: "url",
      url: "https://example.com/x",
    });
    expect(resolveNavigation(pages, "www.example.com", base)).toEqual({
      kind: "url",
      url: "https://www.example.com/",
    });
    expect(resolveNavigation(pages, "/app/other", base)).toEqual({
      kind: "url",
      url: "http://localhost:3100/app/other",
    });
  });

  it("refuses script URLs and unknown page names", () => {
    expect(resolveNavigation(pages, "javascript:alert(1)", base)).toMatchObject({ kind: "unknown" });
    expect(resolveNavigation(pages, "Settings", base)).toEqual({
      kind: "unknown",
      message: 'navigateTo: there is no page named "Settings"',
    });
  });
});

describe("navigationSearch", () => {
  it("puts params in the query string, objects as JSON", () => {
    expect(navigationSearch({ id: 3, q: "a b", f: { x: 1 }, skip: undefined })).toBe(
      "?id=3&q=a+b&f=%7B%22x%22%3A1%7D",
    );
    expect(navigationSearch({})).toBe("");
  });
});
