import type { Browser, Page } from "@playwright/test";
import { AppEditorPage } from "../fixtures/AppEditorPage";
import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { publishAuthPackage } from "../fixtures/publishAuthPackage";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

/**
 * The JS module Login of these journeys: signs in through sign_in and keeps the tokens, but
 * goes nowhere; the app decides where to go by wiring the UI module's event.
 */
const LOGIN_SOURCE = `export default {
  signin: ({ email, password }) =>
    sign_in.run({ email, password }).then(({ user, ...tokens }) => {
      for (const [key, value] of Object.entries(tokens)) storeValue(key, value);
      return user.email;
    }),
}
`;

/** The handler of the module's Login button: the package's JS module, then the event. */
const SIGN_IN_CLICK =
  "{{Login.signin({ email: Input1.text, password: Input2.text }).then(() => emit('onSignedIn'))}}";

/** Opens a deployed app in a fresh context that carries only the author's platform session. */
async function visitorPage(
  browser: Browser,
  author: Page,
): Promise<{ visitor: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    baseURL: stack.platformUrl,
    storageState: { cookies: await author.context().cookies(), origins: [] },
  });
  const visitor = await context.newPage();
  return { visitor, close: () => context.close() };
}

test("build a UI module, publish it, drop it into an app, wire its event, deploy and sign in through it", async ({
  page,
  browser,
  pageErrors,
  signIn,
  home,
  appEditor: editor,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const workspaceName = `UI modules ${stamp}`;
  const appName = `UI module app ${stamp}`;
  await signIn.signInAsAdmin();
  await home.goto();
  await home.createWorkspace(workspaceName);

  // The Auth package (sign_in and Login), v1; then its UI module LoginForm, built on the
  // package editor's canvas with the app editor's palette and property pane.
  const { packageEditor, packageUrl } = await publishAuthPackage(page, workspaceName, LOGIN_SOURCE);
  await packageEditor.addModule("ui", "LoginForm");
  const moduleCanvas = new AppEditorPage(page);
  await moduleCanvas.dragWidget("Text", 20, 10, "Text1");
  await moduleCanvas.setProperty("Text", "{{props.title}}");
  await moduleCanvas.dragWidget("Input", 20, 60, "Input1");
  await moduleCanvas.setProperty("Label", "Email");
  await moduleCanvas.chooseProperty("Type", "Email");
  await moduleCanvas.dragWidget("Input", 20, 140, "Input2");
  await moduleCanvas.setProperty("Label", "Password");
  await moduleCanvas.chooseProperty("Type", "Password");
  await moduleCanvas.dragWidget("Button", 20, 220, "Button1");
  await moduleCanvas.setProperty("Label", "Login");
  // Undo and redo work on the module's canvas as on a page.
  await moduleCanvas.widget("Button1").focus();
  await moduleCanvas.undo();
  await expect(moduleCanvas.widget("Button1")).not.toContainText("Login");
  await moduleCanvas.redo();
  await expect(moduleCanvas.widget("Button1")).toContainText("Login");

  await moduleCanvas.setProperty("onClick", SIGN_IN_CLICK);

  // With no widget selected, the right-hand pane edits the props, outputs and events.
  await moduleCanvas.canvas().click({ position: { x: 5, y: 580 } });
  await packageEditor.addProp("title", "Sign in");
  // The module's canvas shows its bindings evaluated, as an instance with the defaults runs.
  await expect(moduleCanvas.widget("Text1")).toContainText("Sign in");
  await packageEditor.addOutput("email", "{{Input1.text}}");
  await packageEditor.setEvent("onSignedIn");
  await packageEditor.waitSaved();
  await packageEditor.publish();
  await expect(packageEditor.versions().first()).toContainText("v2");

  // The app: LoginPage with the UI module from the palette's Auth section, and Home.
  await home.goto();
  await home.createApp(appName, workspaceName);
  await editor.renameCurrentPage("Page1", "LoginPage");
  await editor.addPage("Home");
  await editor.dragWidget("Text", 40, 20, "Text1");
  await editor.setProperty("Text", "Welcome home");
  await editor.waitSaved();
  await editor.openPage("LoginPage");

  const authSection = editor.palette().getByRole("region", { name: "UI modules of Auth" });
  await authSection
    .getByRole("button", { name: "Add LoginForm UI module" })
    .dragTo(editor.canvas(), { targetPosition: { x: 40, y: 20 } });
  await expect(editor.widget("LoginForm1")).toHaveAttribute("aria-current", "true");
  // The canvas shows the module's widgets inside the instance, evaluated with its default prop.
  await expect(editor.widget("LoginForm1")).toContainText("Sign in");
  await expect(editor.widget("LoginForm1").getByRole("button", { name: "Login" })).toBeVisible();

  // Its pane: a field per prop, an event field per event, from the pinned version.
  await expect(editor.inspector().getByRole("region", { name: "Props" })).toContainText("text");
  await editor.setProperty("title", "Sign in to the UI module app");
  await expect(editor.widget("LoginForm1")).toContainText("Sign in to the UI module app");
  await editor.setProperty("onSignedIn", "{{navigateTo('Home')}}");
  // An output of the instance, read by the app.
  const below = (await editor.box("LoginForm1")).height + 40;
  await editor.dragWidget("Text", 40, below, "Text1");
  await editor.setProperty("Text", "Typed: {{LoginForm1.email}}");
  await editor.waitSaved();

  // Preview runs the module: typing in its email input reaches the app through the output.
  await editor.togglePreview();
  await editor.preview().getByLabel("Email").fill("someone@example.com");
  await expect(editor.preview().getByText("Typed: someone@example.com")).toBeVisible();
  await editor.togglePreview();

  // Deploy; a visitor signs in through the module and the app's handler takes them Home.
  const loginUrl = await editor.deploy();
  const { visitor, close } = await visitorPage(browser, page);
  const viewer = new LoginAppViewer(visitor);
  await visitor.goto(loginUrl);
  await expect(visitor.getByText("Sign in to the UI module app")).toBeVisible();
  await viewer.signIn(stack.demoUser.email, stack.demoUser.password);
  await expect(visitor).toHaveURL(/\/home$/);
  await expect(visitor.getByText("Welcome home")).toBeVisible();
  expect(Object.keys(await viewer.store())).toContain("access_token");
  await close();

  // The package lists where its UI module is used.
  await page.goto(packageUrl);
  await expect(page.getByRole("region", { name: "Where used" })).toContainText(
    `${appName} › LoginPage › LoginForm1`,
  );
  expect(pageErrors).toEqual([]);
});

test("publishing a version that renames a UI module's event lists the app that wires it", async ({
  page,
  api,
  signIn,
  packageEditor,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const appName = `Event rename ${stamp}`;
  await signIn.signInAsAdmin();
  const workspace = await api.createWorkspace(`Event rename ${stamp}`);
  const { packageId } = await api.createAuthPackage(workspace.id, LOGIN_SOURCE);
  await api.createModule(packageId, {
    kind: "ui",
    name: "LoginForm",
    inputs: [],
    widgets: [
      {
        id: "b1",
        name: "Button1",
        type: "Button",
        parentId: null,
        layout: { x: 0, y: 0, w: 16, h: 4 },
        props: { label: "Login", onClick: "{{emit('onSignedIn')}}" },
      },
    ],
    outputs: [],
    events: [{ name: "onSignedIn", description: "" }],
  });
  await api.publish(packageId);
  await api.deployApp(
    workspace.id,
    appName,
    {
      widgets: [
        {
          id: "f1",
          name: "LoginForm1",
          type: "UiModule",
          parentId: null,
          layout: { x: 0, y: 0, w: 20, h: 10 },
          props: { onSignedIn: "{{navigateTo('Home')}}" },
          module: { packageId, moduleName: "LoginForm", version: 1 },
        },
      ],
    },
    false,
  );

  await page.goto(`/packages/${packageId}`);
  await packageEditor.openModule("LoginForm");
  await packageEditor.setEvent("onLoggedIn", 1);
  await packageEditor.waitSaved();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const warning = page.getByRole("alert").filter({ hasText: "Publishing removes" });
  await expect(warning).toBeVisible();
  const uses = warning.getByRole("list", { name: "Affected uses" }).getByRole("listitem");
  await expect(uses.first()).toContainText(`${appName} › Page1 › LoginForm1`);
  await expect(warning).toContainText("event onSignedIn is removed");
  // Nothing is published until the author confirms.
  await warning.getByRole("button", { name: "Cancel" }).click();
  await expect(packageEditor.versions().first()).toContainText("v1");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await warning.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Published v2$/ })).toBeVisible();
});
