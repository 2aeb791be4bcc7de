import { expect, test } from "../fixtures/test";

test("canvas: place, nest, resize, multi-select, nudge, copy, paste and delete widgets", async ({
  page,
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  const { appId, pageIds } = await editor.openNewApp("Canvas");
  const tree = editor.explorer().getByRole("list", { name: "Widget tree" });

  // A Container, then a Text dropped inside it: the tree shows the Text under the Container.
  await editor.dragWidget("Container", 20, 20, "Container1");
  const container = await editor.widget("Container1").boundingBox();
  await editor
    .palette()
    .getByRole("button", { name: "Add Text widget" })
    .dragTo(editor.widget("Container1"), { targetPosition: { x: 20, y: 20 } });
  await expect(editor.widget("Container1").locator('[data-widget-name="Text1"]')).toBeVisible();
  await expect(
    tree
      .getByRole("listitem")
      .filter({ hasText: "Container1" })
      .getByRole("button", { name: /^Text1/ }),
  ).toBeVisible();

  // Click the palette item, then the canvas: the keyboard-and-click path of dropping.
  await editor.palette().getByRole("button", { name: "Add Button widget" }).click();
  await editor.canvas().click({ position: { x: 40, y: container!.height + 80 } });
  await expect(editor.widget("Button1")).toHaveAttribute("aria-current", "true");
  // Enter on a palette item adds the widget below the others.
  await editor.palette().getByRole("button", { name: "Add Checkbox widget" }).press("Enter");
  await expect(editor.widget("Checkbox1")).toHaveAttribute("aria-current", "true");

  // Resize the button from its right edge.
  await editor.selectWidget("Button1");
  const before = (await editor.widget("Button1").boundingBox())!;
  const handle = (await editor.widget("Button1").locator('[data-handle="e"]').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 120, handle.y + handle.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect
    .poll(async () => (await editor.widget("Button1").boundingBox())!.width)
    .toBeGreaterThan(before.width + 80);

  // Shift+arrows resize from the keyboard.
  const resized = (await editor.widget("Button1").boundingBox())!.width;
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect
    .poll(async () => (await editor.widget("Button1").boundingBox())!.width)
    .toBeGreaterThan(resized + 5);

  // Shift+click adds to the selection; arrows nudge both.
  await editor.widget("Checkbox1").click({ modifiers: ["Shift"] });
  await expect(editor.widget("Button1")).toHaveAttribute("aria-current", "true");
  await expect(editor.widget("Checkbox1")).toHaveAttribute("aria-current", "true");
  const buttonX = (await editor.widget("Button1").boundingBox())!.x;
  const checkboxX = (await editor.widget("Checkbox1").boundingBox())!.x;
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(async () => (await editor.widget("Button1").boundingBox())!.x)
    .toBeGreaterThan(buttonX + 5);
  await expect
    .poll(async () => (await editor.widget("Checkbox1").boundingBox())!.x)
    .toBeGreaterThan(checkboxX + 5);

  // Copy and paste the container: a new Container2 holding Text2.
  await editor.widget("Container1").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ControlOrMeta+c");
  await page.keyboard.press("ControlOrMeta+v");
  await expect(editor.widget("Container2")).toHaveAttribute("aria-current", "true");
  await expect(editor.widget("Container2").locator('[data-widget-name="Text2"]')).toBeVisible();

  // Delete removes the pasted container with its child; undo brings both back.
  await page.keyboard.press("Delete");
  await expect(editor.widget("Container2")).toHaveCount(0);
  await expect(editor.widget("Text2")).toHaveCount(0);
  await editor.undo();
  await expect(editor.widget("Text2")).toBeVisible();
  await page.keyboard.press("Control+y");
  await expect(editor.widget("Text2")).toHaveCount(0);
  await editor.waitSaved();

  // The saved doc holds what the canvas shows.
  const draft = await (await page.request.get(`/api/v1/apps/${appId}/pages/${pageIds[0]}/doc`)).json();
  const names = (draft.doc.widgets as Array<{ name: string; parentId: string | null; id: string }>).map(
    (w) => w.name,
  );
  expect(names.sort()).toEqual(["Button1", "Checkbox1", "Container1", "Text1"]);
});
