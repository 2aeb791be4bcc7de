import { resolve } from "node:path";
import { journeyPostgres as pg } from "../fixtures/journeyPostgres";
import { expect, test } from "../fixtures/test";

test("a new author queries PostgreSQL from an app: datasource, schema, a bound SQL query, preview and viewer", async ({
  page,
  pageErrors,
  api,
  signIn,
  home,
  datasourceEditor: datasource,
  appEditor: editor,
}) => {
  // Skipped on purpose without PostgreSQL (startJourneyPostgres.mjs then reports port 0); CI
  // installs it, and there the script fails instead of skipping. Checked here, not at the top:
  // the port is known only once the servers have started, after the tests are listed.
  test.skip(pg.port === 0, "PostgreSQL is not installed: apt-get install -y postgresql");
  const stamp = Date.now();
  const email = `sql-author-${stamp}@example.com`;
  const password = "sql-author-password-123";
  // The API only creates the account; everything after goes through the UI.
  await api.signUp(email, password, "SQL Author");
  await signIn.goto();
  await signIn.signIn(email, password);
  await home.goto();
  await home.createWorkspace(`Shop ${stamp}`);

  // 1. A PostgreSQL datasource, from the kind picker. A bad host is refused at its field and
  //    nothing typed is lost.
  await home.newDatasource();
  await datasource.chooseKind("PostgreSQL");
  await datasource.fillPostgres({ ...pg, name: "Shop", host: "db host with spaces" });
  await datasource.form().getByRole("button", { name: "Create datasource" }).click();
  await expect(datasource.fieldError()).toContainText("Host:");
  await expect(datasource.form().getByLabel("Database", { exact: true })).toHaveValue(pg.database);
  await datasource.form().getByLabel("Host", { exact: true }).fill(pg.host);
  await datasource.create();

  // The password is write-only: it comes back as a placeholder, never as a value.
  await expect(datasource.password()).toHaveValue("");
  await expect(datasource.password()).toHaveAttribute("placeholder", /saved; type to replace/);
  expect(await datasource.test()).toContain("Connection OK");

  // 2. The schema browser lists the users table and its typed columns.
  const columns = await datasource.openTable("users");
  await expect(columns.getByRole("row")).toHaveText([
    "idinteger not null",
    "nametext not null",
    "emailtext not null",
  ]);
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/datasource-postgres.png"),
    fullPage: true,
  });

  // 3. An app: an Input, a Button that runs the query, a Text that shows the rows' names.
  await home.goto();
  await home.createApp(`Directory ${stamp}`);
  await expect(editor.canvas()).toBeVisible();
  await editor.dragWidget("Input", 40, 20, "Input1");
  await editor.setProperty("Label", "Search");
  await editor.dragWidget("Button", 40, 100, "Button1");
  await editor.setProperty("Label", "Find");
  await editor.setProperty("onClick", "{{FindUsers.run()}}");
  await editor.dragWidget("Text", 40, 170, "Text1");
  await editor.setProperty(
    "Text",
    "{{FindUsers.data ? FindUsers.data.rows.map((u) => u.name).join(', ') || 'Nobody' : 'Not searched'}}",
  );

  // The query takes the kind of its datasource: picking Shop turns it into SQL.
  let query = await editor.addQuery("Api1");
  await editor.chooseQueryDatasource(query, "Shop");
  await expect(query.getByRole("heading", { name: "SQL" })).toBeVisible();
  await editor.renameOpenEntity("FindUsers");
  query = editor.inspector().getByRole("region", { name: "Query FindUsers" });
  // The SQL editor completes the schema's names: tables, and a table's columns after its name.
  await expect(await editor.completionsAfter(query, "SELECT * FROM use")).toContainText("users");
  await page.keyboard.press("Escape");
  await expect(await editor.completionsAfter(query, "rs WHERE users.em")).toContainText("email");
  await page.keyboard.press("Escape");
  await editor.setQuerySql(
    query,
    "SELECT name, email FROM users WHERE email ILIKE {{'%' + (Input1.text || '') + '%'}} ORDER BY id",
  );
  await editor.waitSaved();

  // Run from the editor: every row, shown as a table.
  await query.getByRole("button", { name: "Run FindUsers" }).click();
  const rows = query.getByLabel("Run result").getByRole("table", { name: "Rows" });
  await expect(rows.getByRole("row")).toHaveCount(pg.users.length + 1, { timeout: 20_000 });
  await expect(query.getByLabel("Run result")).toContainText("3 rows");
  await expect(rows).toContainText("grace@navy.example");

  // 4. Preview: the Input's text is a bind parameter, so a quote is only text.
  await editor.togglePreview();
  const preview = editor.preview();
  await expect(preview.getByText("Not searched")).toBeVisible();
  await preview.getByLabel("Search").fill("example.com");
  await preview.getByRole("button", { name: "Find" }).click();
  await expect(preview.getByText("Ada Lovelace, Alan Turing")).toBeVisible({ timeout: 20_000 });
  await preview.getByLabel("Search").fill("'; DROP TABLE users; --");
  await preview.getByRole("button", { name: "Find" }).click();
  await expect(preview.getByText("Nobody")).toBeVisible({ timeout: 20_000 });
  await editor.togglePreview();

  // 5. The deployed app runs the deployed query in the viewer; the table is still there.
  const viewerLink = await editor.deploy();
  await page.goto(viewerLink);
  await page.getByLabel("Search").fill("navy");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("Grace Hopper", { exact: true })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Search").fill("");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("Ada Lovelace, Grace Hopper, Alan Turing")).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("a query module runs SQL with an input in the package editor and says when the row cap cut the rows", async ({
  page,
  pageErrors,
  api,
  home,
  packageEditor: editor,
}) => {
  test.skip(pg.port === 0, "PostgreSQL is not installed: apt-get install -y postgresql");
  // Set up through the API: an author and a PostgreSQL datasource that returns two rows at most.
  const { workspaceId } = await api.newAuthor("sql-module");
  await api.createDatasource(workspaceId, {
    kind: "postgres",
    name: "Shop",
    host: pg.host,
    port: pg.port,
    database: pg.database,
    user: pg.user,
    password: pg.password,
    rowCap: 2,
  });

  await home.goto();
  await home.createPackage("Directory");
  // The workspace's only datasource is PostgreSQL: the new module is SQL on it.
  await editor.addModule("query", "find_users");
  await expect(editor.modulePane().getByRole("heading", { name: "SQL" })).toBeVisible();
  await editor.setSql("SELECT name FROM users WHERE email ILIKE {{inputs.search}} ORDER BY id");
  await editor.addInput("search", "%");
  await editor.waitSaved();

  await editor.setTestValue("search", "%example.com");
  await editor.run();
  await expect(editor.runError()).toHaveCount(0);
  const rows = editor.runResult().getByRole("table", { name: "Rows" });
  await expect(rows.getByRole("row")).toHaveText(["name", "Ada Lovelace", "Alan Turing"]);
  await expect(editor.runResult()).not.toContainText("Truncated");

  // With the default, every user matches: three rows, cut to the cap of two.
  await editor.setTestValue("search", "");
  await editor.run();
  await expect(rows.getByRole("row")).toHaveCount(3);
  await expect(editor.runResult().getByRole("status")).toContainText("Truncated");
  await page.screenshot({
    path: resolve(import.meta.dirname, "../artifacts/query-module-sql.png"),
    fullPage: true,
  });
  expect(pageErrors).toEqual([]);
});
