import type { ModuleBody, PageDoc, Widget } from "@tessera/model";
import { PAGE_DOC_SCHEMA_VERSION } from "@tessera/model";
import { appCreator } from "../commands/appCreator";
import { appDeployer } from "../commands/appDeployer";
import { moduleCreator } from "../commands/moduleCreator";
import { packageCreator } from "../commands/packageCreator";
import { packagePublisher } from "../commands/packagePublisher";
import { pageCreator } from "../commands/pageCreator";
import { pageDocSaver } from "../commands/pageDocSaver";
import { pageUpdater } from "../commands/pageUpdater";
import { inTransaction } from "../store/inTransaction";
import { newId } from "../store/newId";
import type { Repositories, Store } from "../store/Store";

type ModuleInstance = PageDoc["moduleInstances"][number];

/** Who and what a seeded login app is made for: the demo's workspace, datasource and user. */
export interface LoginAppSeedInput {
  workspaceId: string;
  datasourceId: string;
  userId: string | null;
}

/** A seeded login app: its package's modules (a JS module Login among them), its name and slug, Home's widgets. */
export interface LoginAppSpec {
  packageName: string;
  modules: ModuleBody[];
  appName: string;
  slug: string;
  homeWidgets: Widget[];
  /** Adds the variant's own pages, before the app is deployed. */
  addPages?(app: SeededLoginApp): Promise<void>;
}

/** The app seedLoginApp makes, for the pages a variant adds before it is deployed. */
export interface SeededLoginApp {
  packageId: string;
  version: number;
  /** The package's Login module as the instance Login1, running `runOnPageLoad` when a page loads. */
  login1(runOnPageLoad: string[]): ModuleInstance;
  /** Creates a page of the app with `doc` as its document. */
  addPage(page: { name: string; slug: string }, doc: PageDoc): Promise<{ id: string }>;
}

/** A widget of a seeded page, at the top level. */
export function widget(
  name: string,
  type: string,
  layout: Widget["layout"],
  props: Record<string, unknown>,
): Widget {
  return { id: newId(), name, type, parentId: null, layout, props };
}

/** A seeded page: its widgets and one module instance. */
export function pageDoc(widgets: Widget[], instance: ModuleInstance): PageDoc {
  return {
    schemaVersion: PAGE_DOC_SCHEMA_VERSION,
    widgets,
    queries: [],
    jsObjects: [],
    moduleInstances: [instance],
  };
}

/** The JSON body's header of the auth queries. */
export const JSON_HEADERS = [{ key: "Content-Type", value: "application/json" }];

/** Both login apps' sign_in query module: email and password to GoTrue's password grant. */
export function signInModule(datasourceId: string): Extract<ModuleBody, { kind: "query" }> {
  return {
    kind: "query",
    name: "sign_in",
    inputs: [
      { name: "email", type: "text", required: false, defaultValue: "", description: "" },
      { name: "password", type: "text", required: false, defaultValue: "", description: "" },
    ],
    config: {
      datasourceId,
      method: "POST",
      path: "/token",
      queryParams: [{ key: "grant_type", value: "password" }],
      headers: JSON_HEADERS,
      body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
    },
  };
}

/** The sign-in page both login apps open with: email, password and a button calling `Login1.signin`. */
function loginPageWidgets(): Widget[] {
  return [
    widget("Text1", "Text", { x: 20, y: 4, w: 24, h: 5 }, { text: "Sign in to the demo", fontSize: 20 }),
    widget(
      "Input1",
      "Input",
      { x: 20, y: 11, w: 24, h: 7 },
      { label: "Email", inputType: "email", placeholder: "demo@example.com", required: true },
    ),
    widget(
      "Input2",
      "Input",
      { x: 20, y: 19, w: 24, h: 7 },
      { label: "Password", inputType: "password", required: true },
    ),
    widget(
      "Button1",
      "Button",
      { x: 20, y: 28, w: 24, h: 4 },
      { label: "Login", onClick: "{{Login1.signin({ email: Input1.text, password: Input2.text })}}" },
    ),
  ];
}

/**
 * What the flagship and its vault variant share, in one transaction: the package of their auth
 * modules published as v1, and a public app with LoginPage and Home, Home its front door
 * guarded by `Login1.guard` (a visitor without a session is sent on to LoginPage), then the
 * variant's own pages, deployed. Does nothing when the slug is taken (a restart).
 */
export function seedLoginApp(
  repos: Store | Repositories,
  input: LoginAppSeedInput,
  spec: LoginAppSpec,
): Promise<{ appSlug: string } | null> {
  return inTransaction(repos, (tx) => seedIn(tx, input, spec));
}

async function seedIn(
  db: Repositories,
  input: LoginAppSeedInput,
  spec: LoginAppSpec,
): Promise<{ appSlug: string } | null> {
  if (await db.apps.isSlugTaken(spec.slug)) return null;

  const pkg = await packageCreator(db, input.workspaceId, spec.packageName);
  for (const module of spec.modules) await moduleCreator(db, pkg.id, module);
  // The seed's own draft cannot break anything yet: no app uses the package.
  const { version } = await packagePublisher(db, pkg.id, input.userId, { confirm: true });
  const login1 = (runOnPageLoad: string[]): ModuleInstance => ({
    id: newId(),
    name: "Login1",
    packageId: pkg.id,
    moduleName: "Login",
    version,
    runOnPageLoad,
    inputs: {},
    confirmBeforeRun: false,
  });

  const { app, pages } = await appCreator(db, {
    workspaceId: input.workspaceId,
    name: spec.appName,
    slug: spec.slug,
    isPublic: true,
  });
  const saveDoc = async (page: { id: string; revision: number }, doc: PageDoc) => {
    await pageDocSaver(db, {
      workspaceId: input.workspaceId,
      appId: app.id,
      pageId: page.id,
      revision: page.revision,
      doc,
    });
  };
  const addPage = async (page: { name: string; slug: string }, doc: PageDoc) => {
    const created = await pageCreator(db, { appId: app.id, ...page });
    await saveDoc(created, doc);
    return created;
  };

  const loginPage = await pageUpdater(db, app.id, pages[0].id, { name: "LoginPage", slug: "loginpage" });
  await saveDoc(loginPage, pageDoc(loginPageWidgets(), login1([])));
  const home = await addPage({ name: "Home", slug: "home" }, pageDoc(spec.homeWidgets, login1(["guard"])));
  await pageUpdater(db, app.id, home.id, { isHome: true });
  await spec.addPages?.({ packageId: pkg.id, version, login1, addPage });
  await appDeployer(db, app.id, input.userId);
  return { appSlug: app.slug };
}
