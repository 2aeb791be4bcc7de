import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";
import { recordResponses } from "../fixtures/VaultAppViewer";

/** A demo auth access token (a JWT): what must never reach the browser. */
const JWT = /\beyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/;

/** Login's signin only runs sign_in: the tokens it keeps never pass through page code. */
const loginSource = `export default {
  signin: ({ email, password }) => sign_in.run({ email, password }),
}
`;

test("an author keeps sign_in's tokens in the vault from the package editor, marks a refresh action, and an app's run keeps them on the server", async ({
  page,
  api,
  packageEditor: editor,
  pageErrors,
}) => {
  const { workspaceId } = await api.newAuthor("vault-editor", "Vault editor");
  const { packageId } = await api.createAuthPackage(workspaceId, loginSource);
  await page.goto(`/packages/${packageId}`);
  await editor.openModule("sign_in");

  // 1. Keep in the vault: a name that is no field name is refused where it is typed.
  await expect(editor.vaultKeepSection()).toContainText(
    "Kept fields are stored on the server for this visitor and removed from the response",
  );
  await editor.setVaultKeep("access_token, access-token");
  await expect(editor.vaultKeepSection().getByRole("alert")).toHaveText(
    '"access-token" must be a field name: letters, digits and _, not starting with a digit',
  );
  await editor.setVaultKeep("access_token, refresh_token");
  await expect(editor.vaultKeepSection().getByRole("alert")).toHaveCount(0);
  await editor.waitSaved();

  // A run in the editor shows the kept names, never the values.
  await editor.setTestValue("email", stack.demoUser.email);
  await editor.setTestValue("password", stack.demoUser.password);
  await editor.run();
  await expect(editor.runStatus()).toHaveText("Status 200");
  await expect(editor.runVault()).toHaveText("Kept in the vault: access_token, refresh_token");
  await expect(editor.runResult()).not.toContainText(JWT);

  // A JS module function that signs in logs the kept names beside the run.
  await editor.openModule("Login");
  await editor.runFunction("signin", { email: stack.demoUser.email, password: stack.demoUser.password });
  await expect(editor.functionError()).toHaveCount(0);
  await expect(editor.functionActions()).toHaveText([
    "sign_in.run()",
    "sign_in kept in the vault: access_token, refresh_token",
  ]);
  await expect(page.getByRole("status", { name: "Function result" })).not.toContainText(JWT);

  // 2. A refresh module: its body reads the vault, offered after {{vault. and chosen with the keyboard.
  await editor.addModule("query", "refresh");
  await editor.selectDatasource("Demo auth");
  await editor.setMethod("POST");
  await editor.setPath("/token?grant_type=refresh_token");
  const body = editor.modulePane().getByLabel("Body", { exact: true });
  await body.click();
  await page.keyboard.type('{ "refresh_token": {{vault.', { delay: 10 });
  await expect(editor.vaultKeyOptions()).toHaveText(["vault.access_token", "vault.refresh_token"]);
  await page.keyboard.type("re", { delay: 10 });
  await expect(editor.vaultKeyOptions()).toHaveText(["vault.refresh_token"]);
  await page.keyboard.press("Enter");
  await expect(editor.vaultKeyOptions()).toHaveCount(0);
  await page.keyboard.type(" }");
  await expect(body).toHaveValue('{ "refresh_token": {{vault.refresh_token}} }');
  await editor.setVaultKeep("access_token, refresh_token");

  // It becomes the package's refresh action, on 401 and 403.
  await editor.refreshActionBox().check();
  await editor.refreshActionSection().getByLabel("Statuses").fill("401, 403");
  await editor.waitSaved();

  // A second refresh action is refused before publishing would refuse it.
  await editor.openModule("sign_in");
  await expect(editor.refreshActionBox()).toBeDisabled();
  await expect(editor.refreshActionSection().getByRole("status")).toHaveText(
    "refresh is this package's refresh action already: a package has one, so unmark refresh first.",
  );

  await editor.publish();
  await expect(editor.versions()).toHaveCount(1);
  const published = await page.request.get(`/api/v1/packages/${packageId}/versions/1`);
  const { version } = (await published.json()) as {
    version: { modules: { name: string; vaultKeep?: string[]; vaultRefresh?: { onStatus: number[] } }[] };
  };
  const byName = new Map(version.modules.map((m) => [m.name, m]));
  expect(byName.get("sign_in")?.vaultKeep).toEqual(["access_token", "refresh_token"]);
  expect(byName.get("refresh")).toMatchObject({
    vaultKeep: ["access_token", "refresh_token"],
    vaultRefresh: { onStatus: [401, 403] },
  });

  // 3. An app signs in with the published package: the tokens stay on the server.
  const slug = await api.deployPublicApp(workspaceId, `Vault editor app ${Date.now()}`, {
    widgets: [
      widget("Input1", "Input", 0, { label: "Email", inputType: "email" }),
      widget("Input2", "Input", 8, { label: "Password", inputType: "password" }),
      widget("Button1", "Button", 16, {
        label: "Login",
        onClick:
          "{{Login1.signin({ email: Input1.text, password: Input2.text }).then((data) => storeValue('answer', data))}}",
      }),
      widget("Text1", "Text", 22, { text: "{{'Kept on the server: ' + appsmith.vault.keys.join(', ')}}" }),
    ],
    moduleInstances: [
      {
        id: "m1",
        name: "Login1",
        packageId,
        moduleName: "Login",
        version: 1,
        runOnPageLoad: [],
        inputs: {},
        confirmBeforeRun: false,
      },
    ],
  });
  const responses = recordResponses(page);
  await page.goto(`/app/${slug}`);
  await page.getByLabel("Email").fill(stack.demoUser.email);
  await page.getByLabel("Password").fill(stack.demoUser.password);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(
    page.getByText("Kept on the server: access_token, refresh_token", { exact: true }),
  ).toBeVisible();

  // The run's answer names the kept keys; the store (even the whole answer, stored) and every
  // response hold no token.
  const bodies = await responses.all();
  expect(bodies.some((b) => b.includes('"kept":["access_token","refresh_token"]'))).toBe(true);
  for (const b of bodies) expect(b, "a response body").not.toMatch(JWT);
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(local).toContain("answer");
  expect(local).not.toMatch(JWT);
  expect(local).not.toContain("access_token");
  expect(pageErrors).toEqual([]);
});

test("an app query keeps a token from the app editor, and another reads it as {{vault.x}}, offered by name", async ({
  page,
  api,
  appEditor: editor,
  pageErrors,
}) => {
  const { workspaceId } = await api.newAuthor("vault-app-editor", "Vault app editor");
  const { packageId } = await api.createAuthPackage(workspaceId, loginSource);
  // A published module keeping expires_at: the app's queries are offered that name too.
  await api.createModule(packageId, {
    kind: "query",
    name: "keeper",
    inputs: [],
    vaultKeep: ["expires_at"],
    config: { datasourceId: await api.firstDatasourceId(workspaceId), method: "GET", path: "/health" },
  });
  await api.publish(packageId);
  const { app } = await api.createApp(workspaceId, `Vault queries ${Date.now()}`);
  await page.goto(`/apps/${app.id}`);
  await editor.addQueryModuleInstance("keeper");

  // Api1 signs in and keeps the access token.
  const signIn = await editor.addQuery("Api1");
  await editor.chooseQueryDatasource(signIn, "Demo auth");
  await signIn.getByLabel("Method").selectOption("POST");
  await signIn.getByLabel("Path").fill("/token?grant_type=password");
  await signIn
    .getByLabel("Body", { exact: true })
    .fill(JSON.stringify({ email: stack.demoUser.email, password: stack.demoUser.password }));
  await signIn.getByLabel("Response fields to keep").fill("access_token");
  await signIn.getByRole("button", { name: "Run Api1" }).click();
  await expect(signIn.getByTestId("run-vault")).toHaveText("Kept in the vault: access_token", {
    timeout: 20_000,
  });
  await expect(signIn.getByLabel("Run result")).toContainText("expires_in");
  await expect(signIn.getByLabel("Run result")).not.toContainText(JWT);

  // Api2 reads it in a header: after {{vault. the kept names of the app's queries and modules.
  const getUser = await editor.addQuery("Api2");
  await editor.chooseQueryDatasource(getUser, "Demo auth");
  await getUser.getByLabel("Path").fill("/user");
  await getUser.getByRole("button", { name: "Add header" }).click();
  await getUser.getByLabel("header 1 key").fill("Authorization");
  await getUser.getByLabel("header 1 value").click();
  await page.keyboard.type("Bearer {{vault.", { delay: 10 });
  const options = page.getByRole("listbox", { name: "Vault keys" }).getByRole("option");
  await expect(options).toHaveText(["vault.access_token", "vault.expires_at"]);
  await options.filter({ hasText: "access_token" }).click();
  await expect(getUser.getByLabel("header 1 value")).toHaveValue("Bearer {{vault.access_token}}");
  await getUser.getByRole("button", { name: "Run Api2" }).click();
  await expect(getUser.getByLabel("Run result")).toContainText(stack.demoUser.email, { timeout: 20_000 });
  await expect(getUser.getByTestId("run-vault")).toHaveText("The vault holds: access_token");

  // The deploy dialog finds nothing wrong with {{vault.access_token}}, and names a misspelt key.
  await getUser.getByLabel("header 1 value").fill("Bearer {{vault.acess_token}}");
  const dialog = await editor.openDeployDialog();
  await expect(dialog.getByRole("region", { name: "Problems" })).toContainText(
    'No query keeps "acess_token" in the vault; did you mean "access_token"?',
  );
  await expect(dialog.getByRole("region", { name: "Problems" })).not.toContainText("Unknown name");
  expect(pageErrors).toEqual([]);
});

function widget(name: string, type: string, y: number, props: Record<string, unknown>) {
  return { id: `w-${name}`, name, type, parentId: null, layout: { x: 0, y, w: 24, h: 6 }, props };
}
