import { expect, test } from "../fixtures/test";

const source = `export default {
  greeting: "Hello from JS",
  shout(text) {
    return String(text ?? this.greeting).toUpperCase();
  },
}
`;

test("JS objects: edit in Monaco, run a function, bind to it, and renames follow the bindings", async ({
  signIn,
  appEditor: editor,
}) => {
  await signIn.signInAsAdmin();
  await editor.openNewApp("JS");

  await editor.explorer().getByRole("button", { name: "Add JS object" }).click();
  const jsEditor = editor.inspector().getByRole("region", { name: "JS object JSObject1" });
  await expect(jsEditor).toBeVisible();
  await editor.setJsObjectSource(jsEditor, source);
  await expect(jsEditor.getByRole("button", { name: "Run JSObject1.shout" })).toBeVisible();
  await jsEditor.getByRole("button", { name: "Run JSObject1.shout" }).click();
  await expect(jsEditor.getByLabel("Result of JSObject1.shout")).toHaveText('"HELLO FROM JS"', {
    timeout: 20_000,
  });

  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.setProperty("Text", "{{JSObject1.greeting}}!");
  await expect(editor.evaluated("Text")).toHaveText('"Hello from JS!"');

  // Renaming the JS object rewrites the binding that named it.
  await editor.explorer().getByRole("button", { name: "JSObject1", exact: true }).click();
  const name = editor.inspector().getByLabel("Name", { exact: true });
  await name.fill("Helpers");
  await name.press("Enter");
  await expect(editor.explorer().getByRole("button", { name: "Helpers", exact: true })).toBeVisible();
  await editor.selectWidget("Text1");
  await expect(editor.propertyField("Text")).toHaveText("{{Helpers.greeting}}!");
  await expect(editor.evaluated("Text")).toHaveText('"Hello from JS!"');

  // Text1 cannot take the JS object's name: the reason shows and nothing is renamed.
  await name.fill("Helpers");
  await expect(editor.inspector().getByText("Helpers is already used on this page")).toBeVisible();
  await editor.waitSaved();
});
