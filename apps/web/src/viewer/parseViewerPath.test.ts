import { describe, expect, it } from "vitest";
import { parseViewerPath } from "./parseViewerPath";

describe("parseViewerPath", () => {
  it("reads the app and page slugs", () => {
    expect(parseViewerPath("/app/login-app/loginpage")).toEqual({
      appSlug: "login-app",
      pageSlug: "loginpage",
    });
  });

  it("leaves the page out for the home page, trailing slash or not", () => {
    expect(parseViewerPath("/app/login-app")).toEqual({ appSlug: "login-app" });
    expect(parseViewerPath("/app/login-app/")).toEqual({ appSlug: "login-app" });
  });

  it("refuses paths that are not viewer paths", () => {
    expect(parseViewerPath("/app")).toBeNull();
    expect(parseViewerPath("/app/a/b/c")).toBeNull();
    expect(parseViewerPath("/apps/a")).toBeNull();
    expect(parseViewerPath("/app/%E0%A4%A")).toBeNull();
  });
});
