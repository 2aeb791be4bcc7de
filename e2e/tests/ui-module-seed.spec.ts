import { expect, test } from "@playwright/test";
import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { stack } from "../fixtures/stack";

const { email, password } = stack.demoUser;
const quickPath = "/app/login-app/quicklogin";

test.describe("seeded LoginForm UI module", () => {
  test("a refused sign-in shows the form's error text and stays on the page", async ({ page }) => {
    const app = new LoginAppViewer(page);
    await page.goto(quickPath);
    await expect(page.getByText("Sign in with LoginForm")).toBeVisible();
    await app.signIn(email, "wrong-password");
    await expect(page.getByText("Invalid login credentials")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${quickPath}$`));
  });

  test("signs in through the one-drop form and lands on Home", async ({ page }) => {
    const app = new LoginAppViewer(page);
    await page.goto(quickPath);
    await app.signIn(email, password);
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));
    await expect(app.signedInText()).toBeVisible();
    expect(typeof (await app.store()).access_token).toBe("string");
  });
});
