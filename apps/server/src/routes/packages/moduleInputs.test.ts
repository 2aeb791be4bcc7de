import { emptyPageDoc } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { createDatasource } from "../../test/createDatasource";
import { createWorkspace } from "../../test/createWorkspace";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startUpstream } from "../../test/startUpstream";
import { startTestServer } from "../../test/testServer";

const typed = (name: string, type: string, required = false, defaultValue = "", description = "") => ({
  name,
  type,
  required,
  defaultValue,
  description,
});

/** A query module with typed inputs, sent on the upstream's query string. */
const listUsers = (datasourceId: string) => ({
  kind: "query",
  name: "list_users",
  inputs: [typed("limit", "number", true, "", "How many users"), typed("team", "text", false, "all")],
  config: {
    datasourceId,
    method: "GET",
    path: "/users",
    queryParams: [
      { key: "limit", value: "{{inputs.limit}}" },
      { key: "team", value: "{{inputs.team}}" },
    ],
    headers: [],
    body: "",
  },
});
const greeter = {
  kind: "js",
  name: "Greeter",
  inputs: [typed("tenant", "text")],
  source:
    "export default { greeting: 'hi', greet(name, punctuation = '!', ...rest) { return name }, reset: () => 0 }",
};

describe("module inputs: interfaces, instance values and their checks at run", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const workspace = await createWorkspace(dev, "Inputs");
  const upstream = await startUpstream();
  const datasource = await createDatasource(
    dev,
    workspace.id,
    registerSecret("sk-inputs-secret"),
    upstream.url,
  );

  const pkg = (await dev.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Directory" })).body
    .package;
  expect((await dev.post(`/api/v1/packages/${pkg.id}/modules`, listUsers(datasource.id))).status).toBe(201);
  expect((await dev.post(`/api/v1/packages/${pkg.id}/modules`, greeter)).status).toBe(201);
  expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);

  /** An app whose page holds the query module instance `Users1` with these input values, deployed. */
  async function appWithUsers(inputs: Record<string, string>) {
    const created = (
      await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Staff", isPublic: true })
    ).body;
    const page = created.pages[0];
    const doc = {
      ...emptyPageDoc(),
      moduleInstances: [
        {
          id: "i1",
          name: "Users1",
          packageId: pkg.id,
          moduleName: "list_users",
          version: 1,
          runOnPageLoad: ["run"],
          inputs,
          confirmBeforeRun: true,
        },
      ],
    };
    expect(
      (await dev.put(`/api/v1/apps/${created.app.id}/pages/${page.id}/doc`, { revision: 1, doc })).status,
    ).toBe(200);
    expect((await dev.post(`/api/v1/apps/${created.app.id}/deploy`)).status).toBe(201);
    return { app: created.app, page };
  }

  it("records each version's interface: typed inputs, JS functions with parameters, query members", async () => {
    const res = await dev.get(`/api/v1/packages/${pkg.id}/versions/1/interface`);
    expect(res.status).toBe(200);
    expect(res.body.interface).toEqual({
      packageId: pkg.id,
      version: 1,
      modules: [
        {
          name: "list_users",
          kind: "query",
          inputs: [
            {
              name: "limit",
              type: "number",
              required: true,
              defaultValue: "",
              description: "How many users",
            },
            { name: "team", type: "text", required: false, defaultValue: "all", description: "" },
          ],
          functions: [
            { name: "run", params: ["params"], minArgs: 0, maxArgs: 1 },
            { name: "clear", params: [], minArgs: 0, maxArgs: 0 },
          ],
          properties: ["data", "isLoading", "responseMeta", "error"],
          outputs: [],
          events: [],
        },
        {
          name: "Greeter",
          kind: "js",
          inputs: [{ name: "tenant", type: "text", required: false, defaultValue: "", description: "" }],
          functions: [
            { name: "greet", params: ["name", "punctuation = '!'", "...rest"], minArgs: 1, maxArgs: null },
            { name: "reset", params: [], minArgs: 0, maxArgs: 0 },
          ],
          properties: ["greeting"],
          outputs: [],
          events: [],
        },
      ],
    });
    expect((await dev.get(`/api/v1/packages/${pkg.id}/versions/9/interface`)).status).toBe(404);
  });

  it("lists the published query modules an app can add as instances", async () => {
    const res = await dev.get(`/api/v1/workspaces/${workspace.id}/query-modules`);
    expect(res.body.modules).toEqual([
      expect.objectContaining({ packageId: pkg.id, moduleName: "list_users", version: 1 }),
    ]);
  });

  it("runs a query module instance with the values the browser resolved, typed", async () => {
    const { app, page } = await appWithUsers({ limit: "5" });
    const res = await dev.post("/api/v1/run", {
      scope: "deployment",
      appId: app.id,
      pageId: page.id,
      instance: "Users1",
      query: "list_users",
      values: { "inputs.limit": 5, "inputs.team": "ops" },
      inputs: { limit: 5, team: "ops" },
    });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(upstream.received.at(-1)?.url).toBe("/users?limit=5&team=ops");
    // The plain default fills an input left out.
    const defaulted = await dev.post("/api/v1/run", {
      scope: "draft",
      appId: app.id,
      pageId: page.id,
      instance: "Users1",
      query: "list_users",
      values: { "inputs.limit": 2 },
    });
    expect(defaulted.status).toBe(200);
    expect(upstream.received.at(-1)?.url).toBe("/users?limit=2&team=all");
  });

  it("answers 400 naming the instance, the input, the type and what came for a wrong type", async () => {
    const { app, page } = await appWithUsers({ limit: "ten" });
    const before = upstream.received.length;
    const res = await server.client().post("/api/v1/run", {
      scope: "deployment",
      appId: app.id,
      pageId: page.id,
      instance: "Users1",
      query: "list_users",
      values: { "inputs.limit": "ten", "inputs.team": "ops" },
      inputs: { limit: "ten", team: "ops" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      code: "invalid_input",
      message: 'Users1 (query list_users): input limit must be a number, got string "ten"',
      instance: "Users1",
      query: "list_users",
      input: "limit",
      expected: "number",
      got: 'string "ten"',
    });
    expect(upstream.received.length).toBe(before);
  });

  it("answers 400 for a missing required input, from an instance or from the package", async () => {
    const { app, page } = await appWithUsers({});
    const res = await dev.post("/api/v1/run", {
      scope: "deployment",
      appId: app.id,
      pageId: page.id,
      instance: "Users1",
      query: "list_users",
      values: { "inputs.limit": null, "inputs.team": "ops" },
      inputs: { limit: undefined, team: "ops" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "Users1 (query list_users): input limit is required (a number) and has no value",
    );
    const fromPackage = await dev.post("/api/v1/run", {
      scope: "package",
      packageId: pkg.id,
      version: 1,
      query: "list_users",
      values: {},
    });
    expect(fromPackage.status).toBe(400);
    expect(fromPackage.body.error).toMatchObject({ code: "invalid_input", instance: null, input: "limit" });
  });

  it("exports and imports typed inputs and instance input values, and round-trips them", async () => {
    const { app } = await appWithUsers({ limit: "{{Input1.text}}", team: "ops" });
    const packageFile = (await dev.get(`/api/v1/packages/${pkg.id}/export`)).body;
    const appFile = (await dev.get(`/api/v1/apps/${app.id}/export`)).body;
    expect(packageFile.package.versions[0].modules[0].inputs[0]).toEqual(
      typed("limit", "number", true, "", "How many users"),
    );
    expect(appFile.app.pages[0].doc.moduleInstances[0]).toMatchObject({
      inputs: { limit: "{{Input1.text}}", team: "ops" },
      confirmBeforeRun: true,
      runOnPageLoad: ["run"],
    });
    const other = server.client();
    await signUp(other);
    const target = await createWorkspace(other, "Copy");
    await createDatasource(other, target.id, registerSecret("sk-inputs-copy"), upstream.url);
    const importedPackage = await other.post(`/api/v1/workspaces/${target.id}/import`, packageFile);
    expect(importedPackage.status).toBe(201);
    const importedApp = await other.post(`/api/v1/workspaces/${target.id}/import`, appFile);
    expect(importedApp.status).toBe(201);
    const packageAgain = (await other.get(`/api/v1/packages/${importedPackage.body.package.id}/export`)).body;
    const appAgain = (await other.get(`/api/v1/apps/${importedApp.body.app.id}/export`)).body;
    expect(packageAgain).toEqual(packageFile);
    expect(appAgain.app.pages).toEqual(appFile.app.pages);
  });
});
