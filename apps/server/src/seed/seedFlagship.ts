import type { ModuleBody } from "@tessera/model";
import { UI_MODULE_WIDGET_TYPE } from "@tessera/model";
import type { Repositories, Store } from "../store/Store";
import {
  JSON_HEADERS,
  type LoginAppSeedInput,
  pageDoc,
  seedLoginApp,
  signInModule,
  widget,
} from "./seedLoginApp";

/** The slug of the seeded login app: its viewer URL is `/app/login-app`. */
export const FLAGSHIP_APP_SLUG = "login-app";

/**
 * The JS module of the flagship journey. `signin` is a promise chain and the rest use
 * async/await, so both styles stay exercised by the seeded app.
 */
const LOGIN_SOURCE = `export default {
  // Signs in, keeps every key of the session but the user profile, then opens Home.
  signin: ({ email, password }) =>
    sign_in
      .run({ email, password })
      .then((session) => {
        const { user, ...tokens } = session;
        return Promise.all(Object.keys(tokens).map((key) => storeValue(key, tokens[key])));
      })
      .then(() => navigateTo("Home")),

  // Swaps the refresh token for a new pair; a refused refresh means signing in again.
  async refresh() {
    try {
      const session = await refresh.run({ refresh_token: appsmith.store.refresh_token });
      const { user, ...tokens } = session;
      for (const key of Object.keys(tokens)) await storeValue(key, tokens[key]);
      return true;
    } catch (error) {
      await clearStore();
      await navigateTo("LoginPage");
      return false;
    }
  },

  // Ends the session upstream; the local store is cleared even when that call fails.
  async signout() {
    try {
      await sign_out.run({ access_token: appsmith.store.access_token });
    } finally {
      await clearStore();
      await navigateTo("LoginPage");
    }
  },

  // Runs when a protected page loads: no token -> LoginPage, an expired one -> refresh.
  async guard() {
    if (!appsmith.store.access_token) {
      await navigateTo("LoginPage");
      return false;
    }
    const expiresAt = Number(appsmith.store.expires_at || 0);
    if (expiresAt > 0 && expiresAt * 1000 <= Date.now()) return this.refresh();
    return true;
  },
};
`;

function authModules(datasourceId: string): ModuleBody[] {
  return [
    signInModule(datasourceId),
    {
      kind: "query",
      name: "refresh",
      inputs: [{ name: "refresh_token", type: "text", required: false, defaultValue: "", description: "" }],
      config: {
        datasourceId,
        method: "POST",
        path: "/token",
        queryParams: [{ key: "grant_type", value: "refresh_token" }],
        headers: JSON_HEADERS,
        body: '{ "refresh_token": {{inputs.refresh_token}} }',
      },
    },
    {
      kind: "query",
      name: "sign_out",
      inputs: [{ name: "access_token", type: "text", required: false, defaultValue: "", description: "" }],
      config: {
        datasourceId,
        method: "POST",
        path: "/logout",
        queryParams: [],
        headers: [{ key: "Authorization", value: "Bearer {{inputs.access_token}}" }],
        body: "",
      },
    },
    { kind: "js", name: "Login", inputs: [], source: LOGIN_SOURCE },
    loginFormModule(),
  ];
}

/**
 * The sign-in form as one UI module: email, password, a button calling `Login.signin` and
 * the error text of a refused sign-in; it emits onSignedIn and offers the email typed.
 */
function loginFormModule(): ModuleBody {
  const at = (y: number, h: number) => ({ x: 0, y, w: 64, h });
  const part = (name: string, type: string, y: number, h: number, props: Record<string, unknown>) =>
    widget(name, type, at(y, h), props);
  return {
    kind: "ui",
    name: "LoginForm",
    inputs: [
      { name: "title", type: "text", required: false, defaultValue: "Sign in", description: "The heading" },
    ],
    widgets: [
      part("Title", "Text", 0, 5, { text: "{{props.title}}", fontSize: 20 }),
      part("Email", "Input", 6, 7, {
        label: "Email",
        inputType: "email",
        placeholder: "demo@example.com",
        required: true,
      }),
      part("Password", "Input", 14, 7, { label: "Password", inputType: "password", required: true }),
      part("Submit", "Button", 22, 4, {
        label: "Login",
        onClick:
          '{{Login.signin({ email: Email.text, password: Password.text }).then(() => storeValue("login_error", "")).then(() => emit("onSignedIn")).catch((error) => storeValue("login_error", error.message))}}',
      }),
      part("Error", "Text", 27, 4, { text: '{{appsmith.store.login_error || ""}}' }),
    ],
    outputs: [{ name: "email", value: "{{Email.text}}", description: "The email typed" }],
    events: [{ name: "onSignedIn", description: "After a sign-in succeeded" }],
  };
}

/**
 * Seeds the flagship journey (design.md): package "Auth" (query modules sign_in, refresh,
 * sign_out and JS module Login) published as v1, and the public app "Login App" with pages
 * LoginPage and Home, deployed. Does nothing when the app's slug is taken (a restart).
 */
export function seedFlagship(
  repos: Store | Repositories,
  input: LoginAppSeedInput,
): Promise<{ appSlug: string } | null> {
  return seedLoginApp(repos, input, {
    packageName: "Auth",
    modules: authModules(input.datasourceId),
    appName: "Login App",
    slug: FLAGSHIP_APP_SLUG,
    homeWidgets: [
      widget(
        "Text1",
        "Text",
        { x: 20, y: 4, w: 24, h: 5 },
        { text: "{{appsmith.store.access_token ? 'Signed in' : ''}}", fontSize: 20 },
      ),
      widget(
        "Button1",
        "Button",
        { x: 20, y: 11, w: 24, h: 4 },
        { label: "Sign out", onClick: "{{Login1.signout()}}" },
      ),
    ],
    // The same sign-in as one drop of the package's LoginForm.
    addPages: async (seeded) => {
      await seeded.addPage(
        { name: "QuickLogin", slug: "quicklogin" },
        {
          ...pageDoc([], seeded.login1([])),
          moduleInstances: [],
          widgets: [
            {
              ...widget(
                "LoginForm1",
                UI_MODULE_WIDGET_TYPE,
                { x: 20, y: 4, w: 24, h: 32 },
                { title: "Sign in with LoginForm", onSignedIn: "{{navigateTo('Home')}}" },
              ),
              module: { packageId: seeded.packageId, moduleName: "LoginForm", version: seeded.version },
            },
          ],
        },
      );
    },
  });
}

/**
 * `seedFlagship` as a step of `seedDemo({ extraSteps })`, which runs it after the demo
 * workspace and datasource exist, in the seed's transaction.
 */
export function flagshipSeedStep(
  tx: Repositories,
  seed: { workspaceId: string; datasourceId: string; userId: string },
): Promise<unknown> {
  return seedFlagship(tx, seed);
}

/** What the server prints at start so a first-time visitor can try the seeded app. */
export function flagshipNotice(baseUrl: string): string {
  return `Login App: ${baseUrl}/app/${FLAGSHIP_APP_SLUG}  (demo user: demo@example.com / password123)\n`;
}
