import { resolve } from "node:path";
import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { loginModuleSource } from "../fixtures/loginModuleSource";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

test("binding fields complete names and flag a missing function as it is typed; an onClick built with the action picker signs in", async ({
  page,
  pageErrors,
  signIn,
  api,
  appEditor: editor,
}) => {
  test.setTimeout(150_000);
  await signIn.signInAsAdmin();
  const name = `Bindings ${Date.now()}`;
  const workspace = await api.createWorkspace(name);
  const { packageId } = await api.createAuthPackage(workspace.id, loginModuleSource("Home"));
  await api.publish(packageId);
  const { app } = await api.createApp(workspace.id, name);
  await page.goto(`/apps/${app.id}`);

  // Home says whether the visitor is signed in; Page1 is the login page.
  await editor.addPage("Home");
  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.setProperty("Text", "{{appsmith.store.access_token ? 'Signed in' : 'Signed out'}}");
  await expect(editor.evaluated("Text")).toHaveText('"Signed out"');
  await editor.waitSaved();
  await editor.openPage("Page1");
  await editor.dragWidget("Input", 40, 20, "Input1");
  await editor.setProperty("Label", "Email");
  await editor.dragWidget("Input", 40, 100, "Input2");
  await editor.setProperty("Label", "Password");
  await editor.chooseProperty("Type", "Password");
  await editor.dragWidget("Button", 40, 180, "Button1");
  await editor.setProperty("Label", "Login");
  await editor.addModuleInstance("Login");
  await expect(editor.explorer().getByRole("button", { name: /^Login1 / })).toBeVisible();
  await editor.selectWidget("Button1");

  // Completion: typing `{{Login1.sig` offers the instance's function (CodeMirror closes the braces).
  const codeSwitch = editor.inspector().getByRole("button", { name: "Write onClick as code" });
  await codeSwitch.click();
  const onClick = editor.propertyField("onClick");
  await onClick.click();
  await page.keyboard.type("{{Login1.sig");
  await expect(page.getByRole("option", { name: /^signin/ })).toBeVisible();
  await page.keyboard.press("Escape");

  // A misspelt function is flagged in the field and on the widget in the explorer, before
  // anything runs.
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("{{Login1.sigin(");
  await expect(onClick).toHaveText("{{Login1.sigin()}}");
  await expect(editor.propertyProblems("onClick")).toHaveText(
    'Login1 has no function "sigin"; did you mean "signin"?',
  );
  const button1InTree = editor
    .explorer()
    .getByRole("list", { name: "Widget tree" })
    .getByRole("button", {
      name: /^Button1 /,
    });
  await expect(button1InTree.getByRole("img", { name: "1 problem" })).toBeVisible();
  // Deploy says so too, before anything is deployed.
  const deployDialog = await editor.openDeployDialog();
  await expect(deployDialog.getByRole("region", { name: "Problems" })).toContainText(
    'Page1: Button1.onClick: Login1 has no function "sigin"; did you mean "signin"?',
  );
  await expect(deployDialog.getByRole("button", { name: "Deploy anyway" })).toBeVisible();
  await deployDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(deployDialog).toBeHidden();
  await onClick.click();
  await page.keyboard.press("End");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await expect(editor.propertyProblems("onClick")).toHaveCount(0);
  await expect(button1InTree.getByRole("img")).toHaveCount(0);

  // The action picker alone: run Login1.signin with the inputs' text, on failure an alert.
  await codeSwitch.click();
  await editor.inspector().getByLabel("onClick action").selectOption("runFunction");
  const action = editor.inspector().getByRole("group", { name: "onClick", exact: true });
  await action.getByLabel("JS object or module instance").selectOption("Login1");
  await action.getByLabel("Function").selectOption("signin");
  await action.getByLabel("Widget value for email").selectOption("Input1.text");
  await action.getByLabel("Widget value for password").selectOption("Input2.text");
  await action.getByLabel("Add action on failure").selectOption("showAlert");
  const onFailure = action.getByRole("group", { name: "On failure 1" });
  await onFailure.getByLabel("Message").fill("Sign in failed: {{error.message}}");
  await onFailure.getByLabel("Alert type").selectOption("error");

  await editor
    .inspector()
    .screenshot({ path: resolve(import.meta.dirname, "../artifacts/action-picker.png") });

  // It wrote ordinary code, which the picker reads back after the pane is opened again.
  await codeSwitch.click();
  await expect(onClick).toHaveText(
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected code holds a template literal
    '{{Login1.signin({ email: Input1.text, password: Input2.text }).catch((error) => { showAlert(`Sign in failed: ${error.message}`, "error"); })}}',
  );
  await expect(editor.propertyProblems("onClick")).toHaveCount(0);
  await editor.selectWidget("Input1");
  await editor.selectWidget("Button1");
  await expect(action.getByLabel("JS object or module instance")).toHaveValue("Login1");
  await expect(action.getByLabel("Argument email")).toHaveValue("{{Input1.text}}");
  await expect(action.getByRole("group", { name: "On failure 1" }).getByLabel("Message")).toHaveValue(
    "Sign in failed: {{error.message}}",
  );
  await editor.waitSaved();

  // Deployed: a wrong password shows the picker's alert, the right one signs in.
  const viewerLink = await editor.deploy();
  const viewer = new LoginAppViewer(page);
  await page.goto(viewerLink);
  await viewer.signIn(stack.demoUser.email, "wrong-password");
  await expect(page.getByRole("alert")).toContainText("Sign in failed: Invalid login credentials");
  await viewer.signIn(stack.demoUser.email, stack.demoUser.password);
  await expect(page).toHaveURL(/\/home$/);
  await expect(viewer.signedInText()).toBeVisible();
  expect(pageErrors).toEqual([]);
});
