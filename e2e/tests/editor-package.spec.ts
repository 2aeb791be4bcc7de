import { resolve } from "node:path";
import { PlatformApi } from "../fixtures/platformApi";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

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
  signIn,
  home,
  datasourceEditor: datasource,
  packageEditor: editor,
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
  await new PlatformApi(request).signUp(email, password, "Package Author");

  await signIn.goto();
  await signIn.submit(email, "wrong-password");
  await expect(signIn.error()).toHaveText("Wrong email or password.");
  await signIn.signIn(email, password);

  await home.goto();
  await home.createWorkspace("Auth team");
  await expect(home.list("Packages")).toContainText("No packages yet");

  // 1. A datasource with a secret apikey header.
  await home.createDatasource("Demo auth", stack.demoAuthUrl);
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
  await editor.addSignInQuery("Demo auth");

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

test("a JS module function runs from the editor with the package's draft query modules", async ({
  page,
  api,
  packageEditor: editor,
}) => {
  const { workspaceId } = await api.newAuthor("runner", "Runs");
  const { packageId, loginModuleId } = await api.createAuthPackage(workspaceId, loginSource);

  await page.goto(`/packages/${packageId}/modules/${loginModuleId}`);
  await editor.runFunction("signin", { email: stack.demoUser.email, password: stack.demoUser.password });
  await expect(editor.functionError()).toHaveCount(0);
  await expect(editor.functionActions()).toContainText(["sign_in.run()", /^storeValue\("access_token", /]);
  await expect(editor.functionActions().last()).toHaveText('navigateTo("Home")');
});
