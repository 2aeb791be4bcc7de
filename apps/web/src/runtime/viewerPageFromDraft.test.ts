import type { Page, PageDoc } from "@tessera/model";
import { emptyPageDoc, emptyQueryConfig } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { viewerPageFromDraft } from "./viewerPageFromDraft";

describe("viewerPageFromDraft", () => {
  it("gives the page the viewer's shape, each query reduced to its bindings", () => {
    const page = { id: "pg1", name: "Home", slug: "home", isHome: true } as Page;
    const doc: PageDoc = {
      ...emptyPageDoc(),
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
    };
    expect(viewerPageFromDraft(page, doc)).toEqual({
      id: "pg1",
      name: "Home",
      slug: "home",
      isHome: true,
      widgets: [],
      queries: [{ name: "Api1", runOnPageLoad: true, bindings: ["Input1.text"] }],
      jsObjects: [],
      moduleInstances: [],
    });
  });
});
