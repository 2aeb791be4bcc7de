import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { DatasourceEditorPage } from "../fixtures/DatasourceEditorPage";
import { HomePage } from "../fixtures/HomePage";
import { PackageEditorPage } from "../fixtures/PackageEditorPage";
import { SignInPage } from "../fixtures/SignInPage";
import { stack } from "../fixtures/stack";

const loginSource = `export default {
  signin: async ({ email, password }) => {
    const { user, ...tokens } = await sign_in.run({ email, password });
    for (const [key, value] of Object.entries(tokens)) await storeValue(key, value);
    await navigateTo('Home');
  },
}
`;

test("an author builds the Auth package through the editor: datasource, sign_in query, Login JS module, publish", async ({
  page,
  request,
}, testInfo) => {
  const consoleProblems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    // 401s are expected answers here: the session probe before sign-in and the wrong password.
    if (/status of 401/.test(text)) return;
    if (message.type() === "error" || /Content Security Policy|unsafe-eval/i.test(text))
      consoleProblems.push(text);
  });
  page.on("pageerror", (error) => consoleProblems.push(error.message));

  // The API only creates the account; everything after goes through the UI.
  const email = `author-${Date.now()}@example.com`;
  const password = "author-password-123";
  const signup = await request.post("/api/v1/auth/signup", {
    data: { email, password, name: "Package Author" },
  });
  expect(signup.status(), await signup.text()).toBe(201);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit(email, "wrong-password");
  await expect(signIn.error()).toHaveText("Wrong email or password.");
  await signIn.signIn(email, password);

  const home = new HomePage(page);
  await home.goto();
  await home.createWorkspace("Auth team");
  await expect(home.list("Packages")).toContainText("No packages yet");

  // 1. A datasource with a secret apikey header.
  await home.createDatasource("Demo auth", stack.demoAuthUrl);
  const datasource = new DatasourceEditorPage(page);
  await expect(datasource.baseUrl()).toHaveValue(stack.demoAuthUrl);
  await datasource.addHeader("apikey", stack.demoAuthApiKey, { secret: true });
  await datasource.save();
  // The secret never comes back to the browser: the field shows empty and masked.
  await expect(datasource.headerValue(1)).toHaveValue("");
  await expect(datasource.headerValue(1)).toHaveAttribute("placeholder", /stored/);
  // Saving again without retyping keeps the stored secret: the run below still signs in.
  await datasource.timeout().fill("5000");
  await datasource.save();
  expect(await datasource.test()).toContain("Connection OK");

  // 2. A package with the sign_in query module.
  await home.goto();
  await home.createPackage("Auth");
  const editor = new PackageEditorPage(page);
  await editor.addModule("query", "sign_in");
  await editor.selectDatasource("Demo auth");
  await editor.setMethod("POST");
  await editor.setPath("/token?grant_type=password");
  await editor.setBody('{ "email": {{inputs.email}}, "password": {{inputs.password}} }');
  await editor.addInput("email");
  await editor.addInput("password");
  await editor.waitSaved();

  // Run with test values: the demo user signs in upstream.
  await editor.setTestValue("email", stack.demoUser.email);
  await editor.setTestValue("password", stack.demoUser.password);
  await editor.run();
  await expect(editor.runError()).toHaveCount(0);
  await expect(editor.runStatus()).toHaveText("Status 200");
  await expect(editor.runResult()).toContainText("access_token");
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/package-editor-query.png"),
    fullPage: true,
  });

  // 3. The Login JS module, with completion of the package's query module.
  await editor.addModule("js", "Login");
  // A syntax error shows inline and in the problems list.
  await editor.setJsSource("export default {\n  signin: () => {\n}\n");
  await expect(editor.problems()).toHaveCount(1);
  await expect(editor.problems().first()).toContainText("Line 4");
  await expect(editor.codeEditor().locator(".squiggly-error")).toBeVisible();
  // Completion offers the package's query modules, their run(), and the framework functions.
  await editor.setJsSource("export default {\n}\n");
  await expect(await editor.suggestionsAfterTyping("sign_in.")).toContainText("run");
  await page.keyboard.press("Escape");
  await expect(await editor.suggestionsAfterTyping("storeVa")).toContainText("storeValue");
  await page.keyboard.press("Escape");
  await editor.setJsSource(loginSource);
  await expect(editor.problems()).toHaveCount(0);
  await editor.waitSaved();
  expect(await editor.jsSourceText()).toContain("sign_in.run({ email, password })");

  // 4. Publish version 1 and see it listed.
  await expect(editor.unpublishedMark()).toBeVisible();
  await editor.publish();
  await expect(editor.versions()).toHaveCount(1);
  await expect(editor.versions().first()).toContainText("v1");
  await expect(editor.versions().first()).toContainText("2 modules");
  await expect(editor.unpublishedMark()).toHaveCount(0);

  await page.screenshot({ path: testInfo.outputPath("package-editor.png"), fullPage: true });
  // A fixed copy for the docs, in the git-ignored e2e/artifacts folder.
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/package-editor.png"),
    fullPage: true,
  });

  // Monaco and the editor run under the server's CSP: nothing was refused.
  expect(consoleProblems).toEqual([]);
});

test("a JS module function runs from the editor with the package's draft query modules", async ({ page }) => {
  const api = page.request;
  const email = `runner-${Date.now()}@example.com`;
  const password = "runner-password-123";
  expect(
    (await api.post("/api/v1/auth/signup", { data: { email, password, name: "Runner" } })).status(),
  ).toBe(201);
  expect((await api.post("/api/v1/auth/login", { data: { email, password } })).status()).toBe(200);
  const { workspace } = await (await api.post("/api/v1/workspaces", { data: { name: "Runs" } })).json();
  const { datasource } = await (
    await api.post(`/api/v1/workspaces/${workspace.id}/datasources`, {
      data: {
        name: "Demo auth",
        baseUrl: stack.demoAuthUrl,
        headers: [{ name: "apikey", value: stack.demoAuthApiKey, secret: true }],
      },
    })
  ).json();
  const { package: pkg } = await (
    await api.post(`/api/v1/workspaces/${workspace.id}/packages`, { data: { name: "Auth" } })
  ).json();
  const modules = [
    {
      kind: "query",
      name: "sign_in",
      inputs: [
        { name: "email", defaultValue: "" },
        { name: "password", defaultValue: "" },
      ],
      config: {
        datasourceId: datasource.id,
        method: "POST",
        path: "/token?grant_type=password",
        body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
      },
    },
    { kind: "js", name: "Login", inputs: [], source: loginSource },
  ];
  let loginId = "";
  for (const module of modules) {
    const response = await api.post(`/api/v1/packages/${pkg.id}/modules`, { data: module });
    expect(response.status(), await response.text()).toBe(201);
    if (module.kind === "js") loginId = (await response.json()).module.id;
  }

  await page.goto(`/packages/${pkg.id}/modules/${loginId}`);
  const editor = new PackageEditorPage(page);
  await editor.runFunction("signin", { email: stack.demoUser.email, password: stack.demoUser.password });
  await expect(editor.functionError()).toHaveCount(0);
  await expect(editor.functionActions()).toContainText(["sign_in.run()", /^storeValue\("access_token", /]);
  await expect(editor.functionActions().last()).toHaveText('navigateTo("Home")');
});
