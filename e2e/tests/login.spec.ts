import { expect, test } from "@playwright/test";
import { LoginAppViewer } from "../fixtures/LoginAppViewer";
import { stack } from "../fixtures/stack";

const { email, password } = stack.demoUser;

test.describe("seeded login app", () => {
  test("a wrong password shows the upstream message and stays on LoginPage", async ({ page }) => {
    const app = new LoginAppViewer(page);
    await app.openLogin();
    await app.signIn(email, "wrong-password");
    await expect(page.getByRole("alert")).toContainText("Invalid login credentials");
    await expect(page).toHaveURL(new RegExp(`${app.loginPath}$`));
    await expect(app.loginButton()).toBeEnabled();
    expect(await app.store()).toEqual({});
  });

  test("signs in to Home, keeps the tokens but not the user, and stays signed in on reload", async ({
    page,
  }) => {
    const app = new LoginAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));
    await expect(app.signedInText()).toBeVisible();

    const store = await app.store();
    expect(store).toMatchObject({ token_type: "bearer" });
    expect(typeof store.access_token).toBe("string");
    expect(typeof store.refresh_token).toBe("string");
    expect(store).not.toHaveProperty("user");

    await page.reload();
    await expect(app.signedInText()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));
  });

  test("Home sends a visitor without a token to LoginPage without showing itself", async ({ page }) => {
    // Records whether Home's content ever reached the DOM, however briefly.
    await page.addInitScript(() => {
      const w = window as unknown as { homeFlashed: boolean };
      w.homeFlashed = false;
      new MutationObserver(() => {
        if (document.body?.textContent?.includes("Sign out")) w.homeFlashed = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const app = new LoginAppViewer(page);
    await page.goto(app.homePath);
    await expect(page).toHaveURL(new RegExp(`${app.loginPath}$`));
    await expect(app.loginButton()).toBeEnabled();
    expect(await page.evaluate(() => (window as unknown as { homeFlashed: boolean }).homeFlashed)).toBe(
      false,
    );
  });

  test("signing out revokes the session upstream, clears the store and returns to LoginPage", async ({
    page,
    request,
  }) => {
    const app = new LoginAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(app.signedInText()).toBeVisible();
    const { access_token: oldToken } = await app.store();
    expect(typeof oldToken).toBe("string");

    const before = await request.get(`${stack.demoAuthUrl}/user`, {
      headers: { apikey: stack.demoAuthApiKey, authorization: `Bearer ${oldToken}` },
    });
    expect(before.status()).toBe(200);

    await app.signOutButton().click();
    await expect(page).toHaveURL(new RegExp(`${app.loginPath}$`));
    await expect(app.loginButton()).toBeEnabled();
    expect(await app.store()).toEqual({});

    const after = await request.get(`${stack.demoAuthUrl}/user`, {
      headers: { apikey: stack.demoAuthApiKey, authorization: `Bearer ${oldToken}` },
    });
    expect(after.ok()).toBe(false);
  });
});

test.describe("seeded login app with 2 s access tokens", () => {
  test.use({ baseURL: stack.shortTokenPlatformUrl });

  test("refreshes an expired access token and stays signed in", async ({ page }) => {
    const app = new LoginAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(app.signedInText()).toBeVisible();
    const first = await app.store();
    expect(typeof first.access_token).toBe("string");

    // Past the 2 s lifetime (expires_at has a 1 s resolution).
    await page.waitForTimeout(3_200);
    await page.reload();
    await expect(app.signedInText()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));
    await expect.poll(async () => (await app.store()).access_token).not.toBe(first.access_token);
    const second = await app.store();
    expect(typeof second.access_token).toBe("string");
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(Number(second.expires_at)).toBeGreaterThan(Number(first.expires_at));
  });
});
