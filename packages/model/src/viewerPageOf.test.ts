import { describe, expect, it } from "vitest";
import { emptyQueryConfig } from "./queryKinds";
import { viewerPageOf } from "./viewerPageOf";

describe("viewerPageOf", () => {
  it("keeps widgets, JS objects and module instances, and leaves query configs out", () => {
    const widget = {
      id: "w1",
      type: "text",
      name: "Text1",
      parentId: null,
      layout: { x: 0, y: 0, w: 4, h: 2 },
      props: { text: "{{Api1.data}}" },
    };
    const page = {
      id: "pg1",
      name: "Home",
      slug: "home",
      isHome: true,
      widgets: [widget],
      queries: [
        {
          id: "q1",
          name: "Api1",
          runOnPageLoad: true,
          config: {
            ...emptyQueryConfig("rest", "ds"),
            path: "/users/{{Input1.text}}",
            body: "{{Input1.text}}",
          },
        },
      ],
      jsObjects: [],
      moduleInstances: [],
    };
    const viewer = viewerPageOf(page);
    expect(viewer).toEqual({
      id: "pg1",
      name: "Home",
      slug: "home",
      isHome: true,
      widgets: [widget],
      queries: [{ name: "Api1", runOnPageLoad: true, bindings: ["Input1.text"] }],
      jsObjects: [],
      moduleInstances: [],
    });
    expect(JSON.stringify(viewer)).not.toContain("/users/");
  });
});
