import { expect, test } from "@playwright/test";
import { AppEditorPage } from "../fixtures/AppEditorPage";
import { SignInPage } from "../fixtures/SignInPage";
import { stack } from "../fixtures/stack";

type PageDraft = {
  revision: number;
  doc: { widgets: Array<{ name: string; props: Record<string, unknown> }> };
};

test("autosave: a page changed elsewhere loses nothing, a failed save warns before leaving", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(stack.admin.email, stack.admin.password);
  const api = page.request;
  const stamp = Date.now();
  const workspace = (
    await (await api.post("/api/v1/workspaces", { data: { name: `Saving ${stamp}` } })).json()
  ).workspace as { id: string };
  const created = await api.post(`/api/v1/workspaces/${workspace.id}/apps`, {
    data: { name: `Saving ${stamp}` },
  });
  expect(created.status()).toBe(201);
  const { app, pages } = (await created.json()) as { app: { id: string }; pages: Array<{ id: string }> };
  const docUrl = `/api/v1/apps/${app.id}/pages/${pages[0].id}/doc`;
  const serverDraft = async () => (await (await api.get(docUrl)).json()) as PageDraft;

  await page.goto(`/apps/${app.id}`);
  const editor = new AppEditorPage(page);
  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.waitSaved();

  // Someone else saves the page (another tab): our next save is refused with 409.
  const theirs = await serverDraft();
  const theirDoc = {
    ...theirs.doc,
    widgets: theirs.doc.widgets.map((w) => ({ ...w, props: { ...w.props, text: "Theirs" } })),
  };
  const put = await api.put(docUrl, { data: { revision: theirs.revision, doc: theirDoc } });
  expect(put.status()).toBe(200);

  await editor.selectWidget("Text1");
  await editor.setProperty("Text", "Mine");
  await expect(editor.saveStatus()).toHaveText("Not saved: page changed elsewhere", { timeout: 15_000 });
  await expect(page.getByRole("alert").filter({ hasText: "changed elsewhere" })).toBeVisible();
  // Nothing local was dropped: the field and the canvas still show our text.
  await expect(editor.inspector().getByLabel("Text", { exact: true })).toHaveValue("Mine");

  await page.getByRole("button", { name: "Keep my version" }).click();
  await editor.waitSaved();
  expect((await serverDraft()).doc.widgets[0].props.text).toBe("Mine");

  // A save that fails (server unreachable) keeps the work and makes leaving ask first.
  await page.route("**/pages/*/doc", (route) =>
    route.request().method() === "PUT" ? route.abort("connectionrefused") : route.continue(),
  );
  await editor.setProperty("Text", "Offline edit");
  await expect(editor.saveStatus()).toHaveText("Save failed", { timeout: 15_000 });
  const dialogs: string[] = [];
  page.once("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "All apps" }).click();
  await expect.poll(() => dialogs).toEqual(["Some changes to this app are not saved yet. Leave anyway?"]);
  await expect(editor.canvas()).toBeVisible();

  await page.unroute("**/pages/*/doc");
  await page.getByRole("button", { name: "Retry saving" }).click();
  await editor.waitSaved();
  expect((await serverDraft()).doc.widgets[0].props.text).toBe("Offline edit");
  // Saved: leaving no longer asks.
  await page.getByRole("link", { name: "All apps" }).click();
  await expect(page.getByRole("heading", { name: "Workspaces", level: 1 })).toBeVisible();
});
