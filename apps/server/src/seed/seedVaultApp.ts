import type { ModuleBody } from "@tessera/model";
import type { Repositories, Store } from "../store/Store";
import { JSON_HEADERS, type LoginAppSeedInput, seedLoginApp, signInModule, widget } from "./seedLoginApp";

/** The slug of the seeded vault login app: its viewer URL is `/app/vault-login-app`. */
export const VAULT_APP_SLUG = "vault-login-app";

/** The tokens the vault variant keeps on the server: the browser only learns their names. */
const KEPT = ["access_token", "refresh_token", "expires_at"];

/**
 * The vault variant's JS module Login. It never touches a token: sign_in's tokens go to the
 * visitor's vault, get_user and sign_out read them there on the server, and an expired access
 * token is renewed by the server with `refresh` before get_user is retried.
 */
const VAULT_LOGIN_SOURCE = `export default {
  // The signed-in user, from the upstream's GET /user.
  user: null,

  // Signs in; the server keeps the tokens and answers with their names only.
  signin: ({ email, password }) => sign_in.run({ email, password }).then(() => navigateTo("Home")),

  // Runs when Home loads: the user from the upstream, or LoginPage when the session has ended.
  async guard() {
    try {
      this.user = await get_user.run();
      return true;
    } catch (error) {
      this.user = null;
      await navigateTo("LoginPage");
      return false;
    }
  },

  // Ends the session upstream; the vault is emptied even when that call fails.
  async signout() {
    try {
      await sign_out.run();
    } finally {
      this.user = null;
      await clearVault();
      await navigateTo("LoginPage");
    }
  },
};
`;

function vaultAuthModules(datasourceId: string): ModuleBody[] {
  const bearer = [{ key: "Authorization", value: "Bearer {{vault.access_token}}" }];
  return [
    { ...signInModule(datasourceId), vaultKeep: KEPT },
    {
      kind: "query",
      name: "get_user",
      inputs: [],
      config: { datasourceId, method: "GET", path: "/user", queryParams: [], headers: bearer, body: "" },
    },
    {
      kind: "query",
      name: "refresh",
      inputs: [],
      vaultKeep: KEPT,
      // GoTrue answers an expired or ended session with 403, a missing token with 401.
      vaultRefresh: { onStatus: [401, 403] },
      config: {
        datasourceId,
        method: "POST",
        path: "/token",
        queryParams: [{ key: "grant_type", value: "refresh_token" }],
        headers: JSON_HEADERS,
        body: '{ "refresh_token": {{vault.refresh_token}} }',
      },
    },
    {
      kind: "query",
      name: "sign_out",
      inputs: [],
      config: { datasourceId, method: "POST", path: "/logout", queryParams: [], headers: bearer, body: "" },
    },
    { kind: "js", name: "Login", inputs: [], source: VAULT_LOGIN_SOURCE },
  ];
}

/**
 * Seeds the flagship's vault variant: package "Auth (vault)" (sign_in keeps the tokens in the
 * visitor's vault, get_user and sign_out read them as `{{vault.access_token}}`, refresh is
 * the refresh action) published as v1, and the public app "Vault Login App" with LoginPage and
 * Home (the user's email from get_user), deployed. Does nothing when the slug is taken.
 */
export function seedVaultApp(
  repos: Store | Repositories,
  input: LoginAppSeedInput,
): Promise<{ appSlug: string } | null> {
  return seedLoginApp(repos, input, {
    packageName: "Auth (vault)",
    modules: vaultAuthModules(input.datasourceId),
    appName: "Vault Login App",
    slug: VAULT_APP_SLUG,
    homeWidgets: [
      widget(
        "Text1",
        "Text",
        { x: 20, y: 4, w: 24, h: 5 },
        { text: "{{Login1.user ? 'Signed in as ' + Login1.user.email : ''}}", fontSize: 20 },
      ),
      widget(
        "Text2",
        "Text",
        { x: 20, y: 10, w: 24, h: 4 },
        { text: "{{'Kept on the server: ' + appsmith.vault.keys.join(', ')}}" },
      ),
      widget(
        "Button1",
        "Button",
        { x: 20, y: 15, w: 11, h: 4 },
        { label: "Reload profile", onClick: "{{Login1.guard()}}" },
      ),
      widget(
        "Button2",
        "Button",
        { x: 33, y: 15, w: 11, h: 4 },
        { label: "Sign out", onClick: "{{Login1.signout()}}" },
      ),
    ],
  });
}

/** `seedVaultApp` as a step of `seedDemo({ extraSteps })`. */
export function vaultAppSeedStep(
  tx: Repositories,
  seed: { workspaceId: string; datasourceId: string; userId: string },
): Promise<unknown> {
  return seedVaultApp(tx, seed);
}

/** What the server prints at start about the seeded vault app. */
export function vaultAppNotice(baseUrl: string): string {
  return `Vault Login App (tokens kept on the server): ${baseUrl}/app/${VAULT_APP_SLUG}\n`;
}
