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
  return {
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
