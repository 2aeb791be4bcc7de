import { describe, expect, it } from "vitest";
import { decodeDocument } from "./documents";

// Query configs as every document stored them before query kinds existed: no `kind`.
const oldConfig = {
  datasourceId: "ds1",
  method: "GET",
  path: "/users/{{inputs.id}}",
  queryParams: [],
  headers: [],
  body: "",
};
const oldModule = { kind: "query", name: "get_user", inputs: [], config: oldConfig };

describe("decodeDocument of documents stored before query kinds", () => {
  it("reads a page document's queries as REST", () => {
    const doc = decodeDocument(
      "pageDoc",
      JSON.stringify({
        schemaVersion: 1,
        widgets: [],
        queries: [{ id: "q1", name: "Api1", config: oldConfig, runOnPageLoad: false }],
        jsObjects: [],
        moduleInstances: [],
      }),
    );
    expect(doc.queries[0].config.kind).toBe("rest");
  });

  it("reads a module body, a version's modules and a deployment snapshot as REST", () => {
    const body = decodeDocument("moduleBody", JSON.stringify({ ...oldModule, schemaVersion: 1 }));
    expect(body.kind === "query" && body.config.kind).toBe("rest");

    const [listed] = decodeDocument("versionModules", JSON.stringify([oldModule]));
    expect(listed.kind === "query" && listed.config.kind).toBe("rest");

    const snapshot = decodeDocument(
      "deploymentSnapshot",
      JSON.stringify({
        schemaVersion: 1,
        pages: [
          {
            id: "pg1",
            name: "Home",
            slug: "home",
            isHome: true,
            widgets: [],
            queries: [{ id: "q1", name: "Api1", config: oldConfig, runOnPageLoad: true }],
            jsObjects: [],
            moduleInstances: [],
          },
        ],
        packages: [{ packageId: "p1", version: 1, modules: [oldModule] }],
      }),
    );
    expect(snapshot.pages[0].queries[0].config.kind).toBe("rest");
    const [module] = snapshot.packages[0].modules;
    expect(module.kind === "query" && module.config.kind).toBe("rest");
  });
});

describe("decodeDocument of modules stored before typed inputs", () => {
  const untyped = { ...oldModule, inputs: [{ name: "id", defaultValue: "7" }] };
  const typed = { name: "id", type: "any", required: false, defaultValue: "7", description: "" };

  it("reads a module body of version 1 with optional inputs of any type", () => {
    expect(decodeDocument("moduleBody", JSON.stringify({ ...untyped, schemaVersion: 1 })).inputs).toEqual([
      typed,
    ]);
  });

  it("reads a version's modules and the modules of a snapshot likewise", () => {
    expect(decodeDocument("versionModules", JSON.stringify([untyped]))[0].inputs).toEqual([typed]);
    const snapshot = decodeDocument(
      "deploymentSnapshot",
      JSON.stringify({
        schemaVersion: 1,
        pages: [],
        packages: [{ packageId: "p1", version: 1, modules: [untyped] }],
      }),
    );
    expect(snapshot.packages[0].modules[0].inputs).toEqual([typed]);
  });

  it("keeps the type of an input stored with one", () => {
    const body = { ...oldModule, inputs: [{ ...typed, type: "number", required: true }], schemaVersion: 2 };
    expect(decodeDocument("moduleBody", JSON.stringify(body)).inputs[0]).toMatchObject({
      type: "number",
      required: true,
    });
  });
});
