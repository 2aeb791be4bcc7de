import type { RepositoryContext } from "../Store";

/** An account as stored, password hash included: present it with presentUser, never as is. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  isInstanceAdmin: boolean;
  createdAt: string;
}

/** Accounts (`users`). */
export type UsersRepository = ReturnType<typeof createUsersRepository>;

/** Accounts (`users`). */
export function createUsersRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const userQuery = () =>
    db
      .selectFrom("users")
      .select([
        "id",
        "email",
        "name",
        "password_hash as passwordHash",
        "is_instance_admin",
        "created_at as createdAt",
      ]);
  return {
    async findByEmail(email: string): Promise<UserRecord | undefined> {
      const row = await userQuery().where("email", "=", email).executeTakeFirst();
      return row && recordOf(row);
    },

    async findById(id: string): Promise<UserRecord | undefined> {
      const row = await userQuery().where("id", "=", id).executeTakeFirst();
      return row && recordOf(row);
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Whether any account exists: cheaper than counting them. */
    async any(): Promise<boolean> {
      const row = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Makes account creations wait for each other until the transaction ends, so that a
     * count read next is still true at commit (two first sign-ups cannot both become instance
     * admin). There is no row to lock before the first account, so a marker row in
     * `instance_settings` is written: a concurrent writer of it waits for this commit
     * (PostgreSQL), and on SQLite the write transaction already holds the file. Call it on `tx`.
     */
    async lockCreation(): Promise<void> {
      await db
        .insertInto("instance_settings")
        .values({ key: ACCOUNT_CREATION_LOCK, value: "" })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: "" }))
        .execute();
    },

    /** The id of the account with this email, or undefined. */
    async findIdByEmail(email: string): Promise<string | undefined> {
      const row = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
      return row?.id;
    },

    async insert(user: UserRecord): Promise<void> {
      await db
        .insertInto("users")
        .values({
          id: user.id,
          email: user.email,
          name: user.name,
          password_hash: user.passwordHash,
          is_instance_admin: user.isInstanceAdmin ? 1 : 0,
          created_at: user.createdAt,
        })
        .execute();
    },
  };
}

const ACCOUNT_CREATION_LOCK = "lock:account-creation";

function recordOf(row: Omit<UserRecord, "isInstanceAdmin"> & { is_instance_admin: number }): UserRecord {
  const { is_instance_admin, ...rest } = row;
  return { ...rest, isInstanceAdmin: is_instance_admin === 1 };
}
