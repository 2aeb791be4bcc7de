import type { User } from "@tessera/model";
import { compiledOnce } from "../compiledOnce";
import type { RepositoryContext } from "../Store";

/** Sign-in sessions (`sessions`), keyed by the sha256 of their token. */
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;

/** Sign-in sessions (`sessions`), keyed by the sha256 of their token. */
export function createSessionsRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  const findUserRow = compiledOnce(db, (tokenHash: string) =>
    db
      .selectFrom("sessions as s")
      .innerJoin("users as u", "u.id", "s.user_id")
      .select(["u.id", "u.email", "u.name", "u.is_instance_admin", "s.expires_at"])
      .where("s.token_hash", "=", tokenHash),
  );
  return {
    async insert(session: { tokenHash: string; userId: string; createdAt: string; expiresAt: number }) {
      await db
        .insertInto("sessions")
        .values({
          token_hash: session.tokenHash,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },

    /**
     * The session's user and expiry (epoch ms), in one query: every signed-in request pays it.
     * Expired sessions are returned too; the caller decides.
     */
    async findUser(tokenHash: string): Promise<{ user: User; expiresAt: number } | undefined> {
      const [row] = await findUserRow(tokenHash);
      if (!row) return undefined;
      return {
        user: { id: row.id, email: row.email, name: row.name, isInstanceAdmin: row.is_instance_admin === 1 },
        expiresAt: Number(row.expires_at),
      };
    },

    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    },

    /** Drops sessions expired at `now` (epoch ms); returns how many. */
    async deleteExpired(now: number): Promise<number> {
      const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
