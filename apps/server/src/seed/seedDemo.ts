import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AppContext } from "../appContext";
import { hashPassword } from "../auth/passwordHasher";
import { datasourceCreator } from "../commands/datasourceCreator";
import { userCreator } from "../commands/userCreator";
import { workspaceCreator } from "../commands/workspaceCreator";
import type { Repositories } from "../store/Store";

/** The seeded admin's sign-in, as printed at every start. */
export interface DemoCredentials {
  email: string;
  password: string;
  /** The file they are kept in (mode 0600). */
  file: string;
}

/** What the seed created on a fresh install: later seed steps build on these ids. */
export interface DemoSeed {
  userId: string;
  workspaceId: string;
  datasourceId: string;
}

const CREDENTIALS_FILE = "demo-credentials.txt";

function readCredentials(file: string): DemoCredentials | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  const email = /^email: (.*)$/m.exec(text)?.[1];
  const password = /^password: (.*)$/m.exec(text)?.[1];
  return email && password ? { email, password, file } : null;
}

/**
 * Seeds a fresh install (no users yet) with the admin account, a "Demo" workspace and the
 * "Demo Auth" REST datasource whose secret `apikey` header is DEMO_AUTH_API_KEY. Idempotent:
 * once any user exists it only reads back the stored credentials. The seed is a sequence of
 * command calls in one transaction, so further steps (a package, an app) add a line each.
 */
export async function seedDemo(
  context: Pick<AppContext, "store" | "config" | "logger" | "box">,
  options: { extraSteps?: ((tx: Repositories, seed: DemoSeed) => Promise<unknown>)[] } = {},
): Promise<DemoCredentials | null> {
  const { store, config, logger, box } = context;
  const file = join(config.dataDir, CREDENTIALS_FILE);
  if (await store.users.any()) return readCredentials(file);

  const password = config.seedAdminPassword ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password, config.passwordHashCost);

  const seeded = await store.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL database race to seed it: the first
    // holds this until it commits, the others then find its admin and leave the seed to it.
    await tx.users.lockCreation();
    if (await tx.users.any()) return false;
    const user = await userCreator(tx, {
      email: config.seedAdminEmail,
      name: "Admin",
      passwordHash,
      signupEnabled: true,
    });
    const workspace = await workspaceCreator(tx, { name: "Demo", userId: user.id });
    const datasource = await datasourceCreator(tx, box, workspace.id, {
      name: "Demo Auth",
      baseUrl: config.demoAuthUrl,
      headers: [{ name: "apikey", value: config.demoAuthApiKey, secret: true }],
      timeoutMs: 10_000,
    });
    const seed: DemoSeed = { userId: user.id, workspaceId: workspace.id, datasourceId: datasource.id };
    for (const step of options.extraSteps ?? []) await step(tx, seed);
    return true;
  });
  if (!seeded) return readCredentials(file);

  // On PostgreSQL nothing else has made the data folder yet.
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(
    file,
    `Tessera demo admin, created ${new Date().toISOString()}\nemail: ${config.seedAdminEmail}\npassword: ${password}\n`,
    { mode: 0o600 },
  );
  // writeFileSync's mode applies only when it creates the file.
  chmodSync(file, 0o600);
  logger.info({ email: config.seedAdminEmail }, "seeded the demo admin, workspace and datasource");
  return { email: config.seedAdminEmail, password, file };
}
