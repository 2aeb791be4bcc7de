import { readFileSync } from "node:fs";
import { startRecordsUpstream } from "../fixtures/recordsUpstream";
import { TableViewer } from "../fixtures/TableViewer";
import { expect, test } from "../fixtures/test";

const COLUMNS = JSON.stringify([
  { key: "id", label: "ID", width: 70 },
  { key: "name", label: "Name", width: 180, isEditable: true },
  { key: "email", label: "Email", width: 220 },
  { key: "city", label: "City", width: 110 },
  { key: "edit", label: "Actions", type: "button", buttonLabel: "Ping", width: 90 },
]);

test("an author builds a CRUD tool on a paged REST upstream: server-side pages, search, a modal form, inline edits and a CSV", async ({
  page,
  pageErrors,
  signIn,
  home,
  appEditor: editor,
}) => {
  test.setTimeout(180_000);
  const upstream = await startRecordsUpstream(3000);
  try {
    const stamp = Date.now();
    const workspaceName = `CRUD ${stamp}`;
    await signIn.signInAsAdmin();
    await home.goto();
    await home.createWorkspace(workspaceName);
    await home.createDatasource("Records", upstream.url, workspaceName);
    await home.goto();
    await home.createApp(`Records ${stamp}`, workspaceName);
    await expect(editor.canvas()).toBeVisible();

    // The queries: one page of records, bound to the Table's meta, and two PATCHes.
    const datasource = `Records (${upstream.url})`;
    const list = await editor.addQuery("Api1");
    await renameQuery(list, "getRecords");
    const getRecords = editor.inspector().getByRole("region", { name: "Query getRecords" });
    await getRecords.getByLabel("Datasource").selectOption({ label: datasource });
    await getRecords.getByLabel("Path").fill("/records");
    for (const [index, [key, value]] of [
      ["page", "{{Table1.pageNo}}"],
      ["limit", "{{Table1.pageSize}}"],
      ["q", "{{Table1.searchText}}"],
    ].entries()) {
      await getRecords.getByRole("button", { name: "Add query param" }).click();
      await getRecords.getByLabel(`query param ${index + 1} key`).fill(key);
      await getRecords.getByLabel(`query param ${index + 1} value`).fill(value);
    }
    await getRecords.getByLabel("Run on page load").check();

    const save = await editor.addQuery("Api1");
    await renameQuery(save, "saveRecord");
    const saveRecord = editor.inspector().getByRole("region", { name: "Query saveRecord" });
    await saveRecord.getByLabel("Datasource").selectOption({ label: datasource });
    await saveRecord.getByLabel("Method").selectOption("PATCH");
    await saveRecord.getByLabel("Path").fill("/records/{{Table1.selectedRow.id}}");
    await saveRecord.getByLabel("Body").fill('{ "name": {{NameInput.text}} }');

    const edits = await editor.addQuery("Api1");
    await renameQuery(edits, "saveEdits");
    const saveEdits = editor.inspector().getByRole("region", { name: "Query saveEdits" });
    await saveEdits.getByLabel("Datasource").selectOption({ label: datasource });
    await saveEdits.getByLabel("Method").selectOption("PATCH");
    await saveEdits.getByLabel("Path").fill("/records/{{Table1.updatedRows[0].allFields.id}}");
    await saveEdits.getByLabel("Body").fill('{ "name": {{Table1.updatedRows[0].updatedFields.name}} }');
    await editor.waitSaved();

    // The Table: server-side pages of the query's records.
    await editor.dragWidget("Table", 20, 20, "Table1");
    await editor.setProperty("Table data", "{{getRecords.data.records}}");
    await editor.setProperty("Columns", COLUMNS);
    await editor.inspector().getByLabel("Server-side pagination", { exact: true }).check();
    await editor.setProperty("Total records", "{{getRecords.data.total}}");
    await editor.setProperty("Page size", "10");
    await editor.setProperty("Loading", "{{getRecords.isLoading}}");
    await editor.setProperty("onPageChange", "{{getRecords.run()}}");
    await editor.setProperty("onSearchTextChanged", "{{getRecords.run()}}");
    await editor.setProperty("onSave", "{{saveEdits.run().then(() => getRecords.run())}}");
    // The button column's own handler sees the row it sits in.
    await editor.setProperty(
      "Actions onClick",
      "{{showAlert('Ping ' + currentRow.id + ' at ' + currentIndex)}}",
    );
    await editor.waitSaved();

    // A Modal with a form prefilled from the selected row, opened by a Button.
    const canvas = await editor.canvas().boundingBox();
    if (!canvas) throw new Error("no canvas");
    await editor.dragWidget("Modal", 20, 440, "Modal1");
    await editor.setProperty("Title", "Edit record");
    const modal = await editor.box("Modal1");
    await editor.dragWidget("Input", modal.x - canvas.x + 16, modal.y - canvas.y + 60, "Input1");
    await editor.inspector().getByRole("textbox", { name: "Name", exact: true }).fill("NameInput");
    await editor.inspector().getByRole("textbox", { name: "Name", exact: true }).press("Enter");
    await editor.setProperty("Label", "Name");
    await editor.setProperty("Default value", "{{Table1.selectedRow.name}}");
    await editor.dragWidget("Button", modal.x - canvas.x + 16, modal.y - canvas.y + 150, "Button1");
    await editor.setProperty("Label", "Save");
    await editor.setProperty(
      "onClick",
      "{{saveRecord.run().then(() => getRecords.run()).then(() => closeModal('Modal1'))}}",
    );
    await editor.dragWidget("Button", canvas.width * 0.7, 20, "Button2");
    await editor.setProperty("Label", "Edit selected");
    await editor.setProperty("onClick", "{{showModal('Modal1')}}");
    await editor.dragWidget("Button", canvas.width * 0.7, 80, "Button3");
    await editor.setProperty("Label", "Download CSV");
    await editor.setProperty("onClick", "{{download(Table1.tableData, 'records.csv')}}");
    await editor.waitSaved();

    const viewerLink = await editor.deploy();
    await page.goto(viewerLink);
    const table = new TableViewer(page, "Table1");

    // Page 1, and the upstream was asked for it.
    await expect(table.row("Person 0001")).toBeVisible();
    await table.expectPage(1, 300);
    await expect(table.rows()).toHaveCount(10);
    expect(
      upstream.seen.some((r) => r.path === "/records" && r.query.page === "1" && r.query.limit === "10"),
    ).toBe(true);

    // Server-side pagination: page 2 comes from the upstream with page=2 in the request.
    await table.nextPage();
    await expect(table.row("Person 0011")).toBeVisible();
    await table.expectPage(2, 300);
    expect(upstream.seen.some((r) => r.path === "/records" && r.query.page === "2")).toBe(true);

    // Search: sent as q, back on page 1.
    await table.search().fill("Oslo");
    await expect(table.row("Person 0002")).toBeVisible();
    await expect(table.rows().filter({ hasNotText: "Oslo" })).toHaveCount(0);
    await table.expectPage(1, 50);
    expect(upstream.seen.some((r) => r.query.q === "Oslo" && r.query.page === "1")).toBe(true);
    await table.search().fill("");
    await expect(table.row("Person 0001")).toBeVisible();

    // Select a row, open the modal: its form starts from Table1.selectedRow.
    await table.cell("Person 0002", 2).click();
    await expect(table.row("Person 0002")).toHaveAttribute("aria-selected", "true");
    await page.getByRole("button", { name: "Edit selected" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit record" });
    await expect(dialog).toBeVisible();
    const nameInput = dialog.getByLabel("Name");
    await expect(nameInput).toHaveValue("Person 0002");
    await expect(nameInput).toBeFocused();
    // Escape closes it, and focus goes back to the button that opened it.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Edit selected" })).toBeFocused();

    await page.getByRole("button", { name: "Edit selected" }).click();
    await expect(dialog).toBeVisible();
    await nameInput.fill("Ada Lovelace");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(table.row("Ada Lovelace")).toBeVisible();
    expect(upstream.seen).toContainEqual(
      expect.objectContaining({ method: "PATCH", path: "/records/2", body: { name: "Ada Lovelace" } }),
    );

    // Inline edit of a cell, saved by onSave with Table1.updatedRows.
    await table.editCell("Person 0003", 1, "Grace Hopper");
    const saveRows = page.getByRole("button", { name: "Save 1 row" });
    await expect(saveRows).toBeVisible();
    await saveRows.click();
    await expect(table.row("Grace Hopper")).toBeVisible();
    await expect(saveRows).toBeHidden();
    expect(upstream.seen).toContainEqual(
      expect.objectContaining({ method: "PATCH", path: "/records/3", body: { name: "Grace Hopper" } }),
    );

    // A button column: its handler sees currentRow and currentIndex.
    await table.row("Person 0004").getByRole("button", { name: "Ping" }).click();
    await expect(page.getByText("Ping 4 at 3")).toBeVisible();

    // Keyboard: arrows move between cells, Space selects the row.
    await table.cell("Person 0005", 0).click();
    await page.keyboard.press("ArrowDown");
    await expect(table.cell("Person 0006", 0)).toBeFocused();
    await page.keyboard.press("Space");
    await expect(table.row("Person 0006")).toHaveAttribute("aria-selected", "true");

    // A CSV of the rows the Table holds.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("records.csv");
    const csv = readFileSync(await download.path(), "utf8")
      .trimEnd()
      .split("\r\n");
    expect(csv[0]).toBe("id,name,email,city");
    expect(csv).toHaveLength(11);
    expect(csv).toContain("2,Ada Lovelace,person2@example.com,Oslo");
    expect(pageErrors).toEqual([]);
  } finally {
    await upstream.close();
  }
});

/** Renames a query from its editor's name field. */
async function renameQuery(editor: import("@playwright/test").Locator, name: string): Promise<void> {
  const field = editor.getByRole("textbox", { name: "Name", exact: true });
  await field.fill(name);
  await field.press("Enter");
  await expect(editor.page().getByRole("region", { name: `Query ${name}` })).toBeVisible();
}
