import { dismissNextDialog } from "../fixtures/dismissNextDialog";
import { PackageEditorPage } from "../fixtures/PackageEditorPage";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

test("a signed-out visit goes through sign-in and comes back to the page it asked for", async ({
  page,
  signIn,
}) => {
  await page.goto("/packages/unknown-package");
  await expect(page).toHaveURL(/\/signin\?next=%2Fpackages%2Funknown-package$/);
  await signIn.signIn(stack.admin.email, stack.admin.password);
  await expect(page).toHaveURL(/\/packages\/unknown-package$/);
  await expect(page.getByRole("alert")).toContainText("Could not load the package");

  // Sign out returns to the sign-in page, and the editor is closed again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin$/);
});

test("a new author signs up through the form and lands on an empty home", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Create your Tessera account" })).toBeVisible();
  await page.getByLabel("Name").fill("New Author");
  await page.getByLabel("Email").fill(`signup-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  // The browser's own check stops a short password before the server sees it.
  await expect(page).toHaveURL(/\/signup$/);
  await page.getByLabel("Password").fill("new-author-password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("button", { name: "Create your first workspace" })).toBeVisible();
  await expect(page.getByText("New Author", { exact: true })).toBeVisible();
});

test("Escape closes a dialog without creating anything", async ({ page, api, home }) => {
  await api.newAuthor("escape");
  await home.goto();
  await home.list("Packages").getByRole("button", { name: "New package" }).click();
  const dialog = page.getByRole("dialog", { name: "New package" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Name").fill("Never made");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(home.list("Packages")).toContainText("No packages yet");
});

test("a save from a stale tab keeps the local text, says so, and reloads on request", async ({
  page,
  context,
  api,
  packageEditor: first,
}) => {
  const { workspaceId } = await api.newAuthor("stale");
  const { packageId, moduleId } = await api.packageWithModule(workspaceId, "Tabs", {
    kind: "query",
    name: "list_users",
    inputs: [],
    config: { datasourceId: null, method: "GET", path: "/start" },
  });
  const url = `/packages/${packageId}/modules/${moduleId}`;
  await page.goto(url);
  const otherPage = await context.newPage();
  const second = new PackageEditorPage(otherPage);
  await otherPage.goto(url);
  await expect(second.modulePane().getByLabel("Path")).toHaveValue("/start");

  await first.setPath("/from-first-tab");
  await first.waitSaved();

  await second.setPath("/from-second-tab");
  await expect(second.saveStatus()).toHaveText("Not saved: module changed elsewhere");
  await expect(otherPage.getByRole("alert").first()).toContainText("This module was changed elsewhere");
  await expect(second.modulePane().getByLabel("Path")).toHaveValue("/from-second-tab");

  otherPage.once("dialog", (dialog) => dialog.accept());
  await otherPage.getByRole("button", { name: "Load the saved version" }).click();
  await expect(second.modulePane().getByLabel("Path")).toHaveValue("/from-first-tab");
  await second.waitSaved();
});

test("a package used by a deployed app cannot be deleted, and the refusal names the app", async ({
  page,
  api,
  home,
}) => {
  const { workspaceId } = await api.newAuthor("refusal");
  const { packageId } = await api.packageWithModule(workspaceId, "Shared", {
    kind: "js",
    name: "Helpers",
    inputs: [],
    source: "export default { hello: () => 'hi' }",
  });
  await api.publish(packageId);
  await api.deployPublicApp(workspaceId, "Uses Shared", {
    widgets: [],
    moduleInstances: [
      { id: "mi1", name: "Helpers1", packageId, moduleName: "Helpers", version: 1, runOnPageLoad: [] },
    ],
  });

  await home.goto();
  const dialog = await home.delete("package", "Shared");
  await expect(dialog.getByRole("alert")).toContainText("Uses Shared");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(home.list("Packages").getByRole("link", { name: "Shared", exact: true })).toBeVisible();
});

test("packages and datasources are renamed and deleted from the home page", async ({ api, home }) => {
  const { workspaceId } = await api.newAuthor("tidy");
  await api.packageWithModule(workspaceId, "Draft pkg", {
    kind: "js",
    name: "Tools",
    inputs: [],
    source: "export default {}",
  });
  await api.createDatasource(workspaceId, { name: "Old API", baseUrl: "http://localhost:9/api" });

  await home.goto();
  await home.rename("package", "Draft pkg", "Tools pkg");
  await expect(home.list("Packages").getByRole("link", { name: "Tools pkg", exact: true })).toBeVisible();
  await home.rename("datasource", "Old API", "New API");
  await expect(home.list("Datasources")).toContainText("New API");
  await expect(home.list("Datasources")).toContainText("http://localhost:9/api");

  const dialog = await home.delete("package", "Tools pkg");
  await expect(dialog).toBeHidden();
  await expect(home.list("Packages")).toContainText("No packages yet");
  await home.delete("datasource", "New API");
  await expect(home.list("Datasources")).toContainText("No datasources yet");
});

test("Ctrl/Cmd+S saves a datasource, and leaving with unsaved changes asks first", async ({
  page,
  api,
  datasourceEditor: editor,
}) => {
  const { workspaceId } = await api.newAuthor("keys");
  const datasource = await api.createDatasource(workspaceId, {
    name: "Keys API",
    baseUrl: "http://localhost:9/api",
  });
  await page.goto(`/datasources/${datasource.id}`);
  await editor.name().fill("Keys API v2");
  await expect(editor.form().getByRole("status")).toHaveText("Unsaved changes");
  await page.keyboard.press("ControlOrMeta+S");
  await expect(editor.form().getByRole("status")).toHaveText("Saved");

  await editor.timeout().fill("2000");
  const asked = dismissNextDialog(page);
  await page.getByRole("link", { name: "Workspaces" }).click();
  await expect.poll(() => asked).toEqual(["You have unsaved changes. Leave anyway?"]);
  await expect(page).toHaveURL(/\/datasources\//);
  await expect(editor.timeout()).toHaveValue("2000");
});
