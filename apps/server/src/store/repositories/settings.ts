import type { RepositoryContext } from "../Store";

/** Small facts about the instance, such as the secret key's check value (`instance_settings`). */
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

/** Small facts about the instance, such as the secret key's check value (`instance_settings`). */
export function createSettingsRepository(ctx: RepositoryContext) {
  const { db } = ctx;
  return {
    /** The value stored under `key`, or undefined. */
    async find(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("instance_settings")
        .select("value")
        .where("key", "=", key)
        .executeTakeFirst();
      return row?.value;
    },

    /** Stores `value` under `key`, replacing what was there. */
    async put(key: string, value: string): Promise<void> {
      await db
        .insertInto("instance_settings")
        .values({ key, value })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
        .execute();
    },

    async delete(key: string): Promise<void> {
      await db.deleteFrom("instance_settings").where("key", "=", key).execute();
    },
  };
}
