import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { PlatformApi } from "../fixtures/platformApi";
import { stack } from "../fixtures/stack";
import { recordResponses, VaultAppViewer } from "../fixtures/VaultAppViewer";

const { email, password } = stack.demoUser;

/** A demo auth access token (a JWT) or a token field with its value: what must never reach the browser. */
const TOKEN_PATTERNS = [/\beyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/, /"(access_token|refresh_token)"\s*:/];

function expectNoToken(where: string, text: string): void {
  for (const pattern of TOKEN_PATTERNS) expect(text, `${where} holds a token`).not.toMatch(pattern);
}

/** What page code and storage can see: localStorage, sessionStorage and document.cookie. */
async function browserSide(page: Page): Promise<{ local: string; session: string; cookie: string }> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      JSON.stringify(
        Array.from({ length: storage.length }, (_, i) => [storage.key(i), storage.getItem(storage.key(i)!)]),
      );
    return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie };
  });
}

/** A client outside the browser that presents one copied cookie, as a thief of it would. */
async function replaying(
  cookie: { name: string; value: string },
  baseURL: string,
): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` },
  });
}

async function vaultCookieOf(page: Page) {
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => c.name.startsWith("tessera_vault_app_"));
  expect(cookie, "the vault cookie").toBeDefined();
  return cookie!;
}

test.describe("seeded vault login app", () => {
  test("signs in with the tokens kept on the server: none reaches storage, cookies or any response", async ({
    page,
  }) => {
    const responses = recordResponses(page);
    const app = new VaultAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));
    await expect(app.signedInAs(email)).toBeVisible();
    await expect(app.keptText()).toHaveText("Kept on the server: access_token, refresh_token, expires_at");

    await page.reload();
    await expect(app.signedInAs(email)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));

    const side = await browserSide(page);
    expectNoToken("localStorage", side.local);
    expectNoToken("sessionStorage", side.session);
    expectNoToken("document.cookie", side.cookie);
    expect(side.cookie).not.toContain("tessera_vault_");
    const cookie = await vaultCookieOf(page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/v1" });

    const bodies = await responses.all();
    // Sign-in's run answer is among them, with the kept names in place of the tokens.
    expect(bodies.some((body) => body.includes('"kept":["access_token","refresh_token","expires_at"]'))).toBe(
      true,
    );
    for (const body of bodies) expectNoToken("a response body", body);
  });

  test("a second browser context never sees the first visitor's session", async ({
    page,
    browser,
    baseURL,
  }) => {
    const app = new VaultAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(app.signedInAs(email)).toBeVisible();

    const other = await browser.newContext({ baseURL });
    try {
      const stranger = await other.newPage();
      const strangerApp = new VaultAppViewer(stranger);
      await stranger.goto(strangerApp.homePath);
      await expect(stranger).toHaveURL(new RegExp(`${strangerApp.loginPath}$`));
      await expect(strangerApp.loginButton()).toBeEnabled();
      const { appId } = await VaultAppViewer.ids(stranger.request);
      const keys = await stranger.request.get(`/api/v1/vault?scope=deployment&appId=${appId}`);
      expect(await keys.json()).toEqual({ keys: [] });
    } finally {
      await other.close();
    }
    // The first visitor is still signed in.
    await page.reload();
    await expect(app.signedInAs(email)).toBeVisible();
  });

  test("signing out revokes the upstream session, empties the vault and a reload lands on LoginPage", async ({
    page,
    baseURL,
  }) => {
    const app = new VaultAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(app.signedInAs(email)).toBeVisible();
    const { appId, homeId } = await VaultAppViewer.ids(page.request);
    const getUser = {
      scope: "deployment",
      appId,
      pageId: homeId,
      instance: "Login1",
      query: "get_user",
      values: {},
    };

    // A copy of the cookie works like the browser's own while the session lasts.
    const thief = await replaying(await vaultCookieOf(page), baseURL!);
    try {
      const before = await thief.post("/api/v1/run", { data: getUser });
      expect(await before.json()).toMatchObject({ ok: true, body: { email } });

      // Sign out calls /logout upstream, then clears the vault. Between the two, the session
      // still holds the old tokens: the upstream must refuse them (and the refresh token too).
      let between: unknown;
      await page.route("**/api/v1/vault/clear", async (route) => {
        between = await (await thief.post("/api/v1/run", { data: getUser })).json();
        await route.continue();
      });
      await app.signOutButton().click();
      await expect(page).toHaveURL(new RegExp(`${app.loginPath}$`));
      expect(between).toMatchObject({ error: { code: "session_expired" } });

      await page.goto(app.homePath);
      await expect(page).toHaveURL(new RegExp(`${app.loginPath}$`));
      await expect(app.loginButton()).toBeEnabled();
      const after = await thief.post("/api/v1/run", { data: getUser });
      expect(after.status()).toBe(401);
    } finally {
      await thief.dispose();
    }
  });

  test("code in a binding that reaches for the token gets nothing", async ({ page, request }) => {
    const api = new PlatformApi(request);
    await api.signInAsAdmin();
    const workspaceId = await api.firstWorkspaceId();
    const { id: datasourceId } = await api.createDatasource(workspaceId, {
      name: `Vault probe auth ${Date.now()}`,
      baseUrl: stack.demoAuthUrl,
      headers: [{ name: "apikey", value: stack.demoAuthApiKey, secret: true }],
    });
    const at = (y: number) => ({ x: 0, y, w: 40, h: 4 });
    const text = (name: string, y: number, value: string) => ({
      id: name,
      name,
      type: "Text",
      parentId: null,
      layout: at(y),
      props: { text: value },
    });
    const slug = await api.deployPublicApp(workspaceId, `Vault probe ${Date.now()}`, {
      widgets: [
        text("Probe1", 0, "{{'vault.access_token: ' + String(appsmith.vault.access_token)}}"),
        text(
          "Probe2",
          5,
          "{{'has: ' + appsmith.vault.has('access_token') + ', keys: ' + appsmith.vault.keys}}",
        ),
        text("Probe3", 10, "{{'data: ' + JSON.stringify(SignIn.data || null)}}"),
        text("Probe4", 15, "{{vault.access_token}}"),
        text("Probe5", 20, "{{'me: ' + (Me.data ? Me.data.email : '')}}"),
        {
          id: "b1",
          name: "Go",
          type: "Button",
          parentId: null,
          layout: at(25),
          props: { label: "Sign in", onClick: "{{SignIn.run().then(() => Me.run())}}" },
        },
      ],
      queries: [
        {
          id: "q1",
          name: "SignIn",
          runOnPageLoad: false,
          vaultKeep: ["access_token", "refresh_token"],
          config: {
            datasourceId,
            method: "POST",
            path: "/token",
            queryParams: [{ key: "grant_type", value: "password" }],
            headers: [{ key: "Content-Type", value: "application/json" }],
            body: JSON.stringify({ email, password }),
          },
        },
        {
          id: "q2",
          name: "Me",
          runOnPageLoad: false,
          config: {
            datasourceId,
            method: "GET",
            path: "/user",
            queryParams: [],
            headers: [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }],
            body: "",
          },
        },
      ],
    });

    const responses = recordResponses(page);
    await page.goto(`/app/${slug}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(`me: ${email}`, { exact: true })).toBeVisible();
    await expect(page.getByText("vault.access_token: undefined", { exact: true })).toBeVisible();
    await expect(
      page.getByText("has: true, keys: access_token,refresh_token", { exact: true }),
    ).toBeVisible();
    await expect(page.getByText(/^data: /)).toContainText('"token_type":"bearer"');
    expectNoToken("the page", (await page.locator("body").textContent()) ?? "");
    for (const body of await responses.all()) expectNoToken("a response body", body);
  });
});

test.describe("seeded vault login app with 2 s access tokens", () => {
  test.use({ baseURL: stack.shortTokenPlatformUrl });

  test("after expiry the next query refreshes on the server and the page stays signed in", async ({
    page,
  }) => {
    const runs: { vault?: { refreshed?: boolean } }[] = [];
    page.on("response", async (response) => {
      if (response.url().endsWith("/api/v1/run")) runs.push(await response.json().catch(() => ({})));
    });
    const app = new VaultAppViewer(page);
    await app.openLogin();
    await app.signIn(email, password);
    await expect(app.signedInAs(email)).toBeVisible();
    expect(runs.some((run) => run.vault?.refreshed)).toBe(false);

    // Past the 2 s lifetime: the next get_user gets 403 upstream, the server refreshes, retries.
    await page.waitForTimeout(3_200);
    await app.reloadProfileButton().click();
    await expect.poll(() => runs.some((run) => run.vault?.refreshed)).toBe(true);
    await expect(app.signedInAs(email)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));

    // And again after a reload, with the renewed refresh token.
    await page.waitForTimeout(3_200);
    await page.reload();
    await expect(app.signedInAs(email)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${app.homePath}$`));
    expect(runs.filter((run) => run.vault?.refreshed).length).toBe(2);
  });
});
