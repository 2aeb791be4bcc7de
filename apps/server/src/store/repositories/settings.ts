import type { RepositoryContext } from "../Store";

/** Small facts about the instance, such as the secret key's check value (`instance_settings`). */
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

/** Small facts about the instance, such as the secret key's check value (`instance_settings`). */
export function createSettingsRepository(_ctx: RepositoryContext) {
  return {};
}
