import { dismissNextDialog } from "../fixtures/dismissNextDialog";
import { expect, test } from "../fixtures/test";

type PageDraft = {
  revision: number;
  doc: { widgets: Array<{ name: string; props: Record<string, unknown> }> };
};

test("autosave: a page changed elsewhere loses nothing, a failed save warns before leaving", async ({
  page,
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  // openNewApp fails the test unless the app is created (201).
  const { appId, pageIds } = await editor.openNewApp("Saving");
  const api = page.request;
  const docUrl = `/api/v1/apps/${appId}/pages/${pageIds[0]}/doc`;
  const serverDraft = async () => (await (await api.get(docUrl)).json()) as PageDraft;

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
  await expect(editor.propertyField("Text")).toHaveText("Mine");

  await page.getByRole("button", { name: "Keep my version" }).click();
  await editor.waitSaved();
  expect((await serverDraft()).doc.widgets[0].props.text).toBe("Mine");

  // A save that fails (server unreachable) keeps the work and makes leaving ask first.
  let refused = 0;
  await page.route("**/pages/*/doc", (route) => {
    if (route.request().method() !== "PUT") return route.continue();
    refused += 1;
    return route.abort("connectionrefused");
  });
  await editor.setProperty("Text", "Offline edit");
  await expect(editor.saveStatus()).toHaveText("Save failed", { timeout: 15_000 });
  const dialogs = dismissNextDialog(page);
  await page.getByRole("link", { name: "All apps" }).click();
  await expect.poll(() => dialogs).toEqual(["Some changes to this app are not saved yet. Leave anyway?"]);
  await expect(editor.canvas()).toBeVisible();

  // "Retry saving" tries again at once; meanwhile autosave retries by itself, waiting longer
  // each time, and lands once the server is back.
  const before = refused;
  await page.getByRole("button", { name: "Retry saving" }).click();
  await expect.poll(() => refused).toBeGreaterThan(before);
  await page.unroute("**/pages/*/doc");
  await editor.waitSaved();
  expect((await serverDraft()).doc.widgets[0].props.text).toBe("Offline edit");
  // Saved: leaving no longer asks.
  await page.getByRole("link", { name: "All apps" }).click();
  await expect(page.getByRole("heading", { name: "Workspaces", level: 1 })).toBeVisible();
});
