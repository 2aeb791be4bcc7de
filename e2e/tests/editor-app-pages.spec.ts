import { expect, test } from "../fixtures/test";

test("pages panel: add, rename, reorder, set the home page and delete", async ({
  page,
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  const { appId } = await editor.openNewApp("Pages");
  const api = page.request;
  const pageList = editor.pages().getByRole("list", { name: "Pages" });
  const serverPages = async () =>
    (
      (await (await api.get(`/api/v1/apps/${appId}`)).json()).pages as Array<{
        name: string;
        slug: string;
        isHome: boolean;
        order: number;
      }>
    ).sort((a, b) => a.order - b.order);

  await editor.addPage("Orders");
  await editor.addPage("Customers");
  await expect(pageList.getByRole("listitem")).toHaveCount(3);

  // The open page (Customers) moves up above Orders.
  await editor.pages().getByRole("button", { name: "Move page Customers up" }).click();
  await expect(pageList.getByRole("button", { name: /^(Page1|Orders|Customers)$/ })).toHaveText([
    "Page1",
    "Customers",
    "Orders",
  ]);

  await editor.renameCurrentPage("Customers", "Clients");
  await editor.pages().getByRole("button", { name: "Make Clients the home page" }).click();
  await expect(pageList.getByRole("listitem").filter({ hasText: "Clients" })).toContainText("Home");

  await editor.openPage("Orders");
  await editor.pages().getByRole("button", { name: "Delete page Orders" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete page" }).click();
  await expect(pageList.getByRole("listitem")).toHaveCount(2);
  await expect(editor.pages().getByRole("button", { name: "Clients", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  expect(await serverPages()).toMatchObject([
    { name: "Page1", isHome: false },
    { name: "Clients", slug: "clients", isHome: true },
  ]);
});
