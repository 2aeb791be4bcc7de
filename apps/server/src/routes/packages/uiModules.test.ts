import { emptyPageDoc } from "@tessera/model";
import { describe, expect, it } from "vitest";
import { createDatasource } from "../../test/createDatasource";
import { createWorkspace } from "../../test/createWorkspace";
import { signInModule } from "../../test/moduleBodies";
import { registerSecret } from "../../test/responseLog";
import { signUp } from "../../test/signUp";
import { startUpstream } from "../../test/startUpstream";
import { startTestServer } from "../../test/testServer";

const layout = (y: number) => ({ x: 0, y, w: 30, h: 5 });
const widget = (name: string, type: string, y: number, props: Record<string, unknown>) => ({
  id: `w-${name}`,
  name,
  type,
  parentId: null,
  layout: layout(y),
  props,
});

/** A sign-in form: email, password and a button calling the package's sign_in, then telling the app. */
const loginForm = (event = "onSignedIn", output = "email") => ({
  kind: "ui",
  name: "LoginForm",
  inputs: [{ name: "title", type: "text", required: false, defaultValue: "Sign in", description: "Heading" }],
  widgets: [
    widget("Title", "Text", 0, { text: "{{props.title}}" }),
    widget("Email", "Input", 6, { label: "Email" }),
    widget("Password", "Input", 12, { label: "Password", inputType: "password" }),
    widget("Submit", "Button", 18, {
      label: "Login",
      onClick: `{{sign_in.run({ email: Email.text, password: Password.text }).then(() => emit("${event}"))}}`,
    }),
  ],
  outputs: [{ name: output, value: "{{Email.text}}", description: "The email typed" }],
  events: [{ name: event, description: "After a sign-in" }],
});

describe("UI modules: interface, deploy and run, where-used, the publish check, export and import", async () => {
  const server = await startTestServer();
  const dev = server.client();
  await signUp(dev);
  const workspace = await createWorkspace(dev, "Forms");
  const upstream = await startUpstream();
  const datasource = await createDatasource(dev, workspace.id, registerSecret("sk-ui-secret"), upstream.url);

  const pkg = (await dev.post(`/api/v1/workspaces/${workspace.id}/packages`, { name: "Auth" })).body.package;
  expect((await dev.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasource.id))).status).toBe(
    201,
  );
  const created = await dev.post(`/api/v1/packages/${pkg.id}/modules`, loginForm());
  expect(created.status).toBe(201);
  const form = created.body.module as { id: string; revision: number };
  expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`)).status).toBe(201);

  const app = (await dev.post(`/api/v1/workspaces/${workspace.id}/apps`, { name: "Portal", isPublic: true }))
    .body;
  const page = app.pages[0];
  const doc = {
    ...emptyPageDoc(),
    widgets: [
      {
        ...widget("LoginForm1", "UiModule", 0, { title: "Welcome", onSignedIn: "{{navigateTo('Home')}}" }),
        module: { packageId: pkg.id, moduleName: "LoginForm", version: 1 },
      },
      widget("Echo", "Text", 30, { text: "{{LoginForm1.email}}" }),
    ],
  };
  expect(
    (await dev.put(`/api/v1/apps/${app.app.id}/pages/${page.id}/doc`, { revision: 1, doc })).status,
  ).toBe(200);
  expect((await dev.post(`/api/v1/apps/${app.app.id}/deploy`)).status).toBe(201);

  it("records a UI module's interface: its props, outputs and events", async () => {
    const res = await dev.get(`/api/v1/packages/${pkg.id}/versions/1/interface`);
    expect(res.body.interface.modules[1]).toEqual({
      name: "LoginForm",
      kind: "ui",
      inputs: [
        { name: "title", type: "text", required: false, defaultValue: "Sign in", description: "Heading" },
      ],
      functions: [],
      properties: ["email"],
      outputs: [{ name: "email", description: "The email typed" }],
      events: [{ name: "onSignedIn", description: "After a sign-in" }],
    });
  });

  it("serves the instance laid out for the viewer, and runs the package's query it calls", async () => {
    const viewer = (await dev.get(`/api/v1/viewer/apps/${app.app.slug}`)).body;
    const served = viewer.pages[0];
    expect(served.widgets.map((w: { name: string }) => w.name)).toEqual([
      "LoginForm1",
      "LoginForm1__Title",
      "LoginForm1__Email",
      "LoginForm1__Password",
      "LoginForm1__Submit",
      "Echo",
    ]);
    expect(served.moduleInstances.map((m: { name: string }) => m.name)).toEqual(["LoginForm1__sign_in"]);
    // Compiled at deploy from the same layout: every binding the viewer evaluates is there.
    expect(Object.keys(served.compiled.expressions)).toContain("LoginForm1.props.title");
    expect(JSON.stringify(served)).not.toContain("/token");

    const res = await dev.post("/api/v1/run", {
      scope: "deployment",
      appId: app.app.id,
      pageId: page.id,
      instance: "LoginForm1__sign_in",
      query: "sign_in",
      values: { "inputs.email": "a@example.com", "inputs.password": "pw" },
      inputs: { email: "a@example.com", password: "pw" },
    });
    expect(res.status).toBe(200);
    expect(upstream.received.at(-1)?.url).toContain("/token?grant_type=password");
    const unknown = await dev.post("/api/v1/run", {
      scope: "deployment",
      appId: app.app.id,
      pageId: page.id,
      instance: "Nobody__sign_in",
      query: "sign_in",
      values: {},
    });
    expect(unknown.status).toBe(404);
  });

  it("lists the instance where the version is used, in the draft and the deployment", async () => {
    const usage = (await dev.get(`/api/v1/packages/${pkg.id}/usage`)).body;
    expect(usage.versions[0].uses).toEqual([
      expect.objectContaining({ instance: "LoginForm1", moduleName: "LoginForm", source: "deployed" }),
      expect.objectContaining({ instance: "LoginForm1", moduleName: "LoginForm", source: "draft" }),
    ]);
  });

  it("refuses a publish that removes an event the app wired or an output it reads, naming each", async () => {
    const saved = await dev.put(`/api/v1/packages/${pkg.id}/modules/${form.id}`, {
      revision: form.revision,
      module: loginForm("onDone", "mail"),
    });
    expect(saved.status).toBe(200);
    const refused = await dev.post(`/api/v1/packages/${pkg.id}/publish`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("breaking_change");
    const draftUse = refused.body.error.affected.find((use: { source: string }) => use.source === "draft");
    expect(draftUse).toMatchObject({
      app: { id: app.app.id, name: "Portal" },
      instance: "LoginForm1",
      removed: ["output email", "event onSignedIn"],
    });
    expect(draftUse.calls).toEqual(
      expect.arrayContaining([
        {
          entity: { kind: "widget", name: "LoginForm1" },
          property: "onSignedIn",
          code: "{{navigateTo('Home')}}",
          problem: "event onSignedIn is removed",
        },
        expect.objectContaining({
          entity: { kind: "widget", name: "Echo" },
          property: "text",
          problem: "output email is removed",
        }),
      ]),
    );
    const diff = (await dev.get(`/api/v1/packages/${pkg.id}/versions/1/diff/draft`)).body.summary;
    expect(diff.modulesChanged[0]).toMatchObject({
      name: "LoginForm",
      kind: "ui",
      eventsAdded: ["onDone"],
      eventsRemoved: ["onSignedIn"],
      outputsRemoved: ["email"],
    });
    expect((await dev.post(`/api/v1/packages/${pkg.id}/publish`, { confirm: true })).status).toBe(201);
  });

  it("exports and imports UI modules and the widgets pinning them, by package name", async () => {
    const target = await createWorkspace(dev, "Copy");
    const pkgFile = (await dev.get(`/api/v1/packages/${pkg.id}/export`)).body;
    expect(pkgFile.package.versions[0].modules.map((m: { kind: string }) => m.kind)).toEqual(["query", "ui"]);
    const appFile = (await dev.get(`/api/v1/apps/${app.app.id}/export`)).body;
    expect(appFile.app.pages[0].doc.widgets[0].module).toEqual({
      package: "Auth",
      moduleName: "LoginForm",
      version: 1,
    });
    expect(appFile.requires.packages).toEqual([{ name: "Auth", version: 1 }]);

    const pkgImported = await dev.post(`/api/v1/workspaces/${target.id}/import`, pkgFile);
    expect(pkgImported.status).toBe(201);
    const appImported = await dev.post(`/api/v1/workspaces/${target.id}/import`, appFile);
    expect(appImported.status).toBe(201);
    const importedApp = appImported.body.app;
    const again = (await dev.get(`/api/v1/apps/${importedApp.id}/export`)).body;
    expect({ ...again.app, slug: "" }).toEqual({ ...appFile.app, slug: "" });
    const importedPage = appImported.body.pages[0];
    const importedDoc = (await dev.get(`/api/v1/apps/${importedApp.id}/pages/${importedPage.id}/doc`)).body
      .doc;
    expect(importedDoc.widgets[0].module.packageId).toBe(pkgImported.body.package.id);
  });
});
