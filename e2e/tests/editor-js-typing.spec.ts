import { loginModuleSource } from "../fixtures/loginModuleSource";
import { expect, test } from "../fixtures/test";

/** The draft source of a package's JS module, as the server keeps it. */
async function savedSource(
  request: import("@playwright/test").APIRequestContext,
  packageId: string,
  name: string,
) {
  const response = await request.get(`/api/v1/packages/${packageId}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { modules: { module: { name: string; source?: string } }[] };
  return body.modules.find((draft) => draft.module.name === name)?.module.source;
}

test("typing the flagship JS module line by line ends with exactly that module, and Format Document re-indents", async ({
  page,
  api,
  packageEditor: editor,
}) => {
  await api.signInAsAdmin();
  const workspace = await api.createWorkspace(`Typing ${Date.now()}`);
  const { packageId } = await api.createAuthPackage(workspace.id, "export default {\n}\n");
  await page.goto(`/packages/${packageId}`);
  await editor.openModule("Login");

  // Typed, not pasted: every line carries its own indentation and its own closing brackets.
  const source = loginModuleSource();
  await editor.typeJsSource(source);
  await expect(editor.problems()).toHaveCount(0);
  await editor.waitSaved();
  expect(await savedSource(page.request, packageId, "Login")).toBe(source);

  // The same module typed without any indentation parses too, and Format Document indents it.
  const flat = source
    .split("\n")
    .map((line) => line.trimStart())
    .join("\n");
  await editor.typeJsSource(flat);
  await expect(editor.problems()).toHaveCount(0);
  await editor.waitSaved();
  expect(await savedSource(page.request, packageId, "Login")).toBe(flat);
  await editor.formatJsSource();
  await expect
    .poll(() => savedSource(page.request, packageId, "Login"), { timeout: 15_000 })
    .toMatch(/^export default \{\n {2}signin: /);
  await expect(editor.problems()).toHaveCount(0);
});
