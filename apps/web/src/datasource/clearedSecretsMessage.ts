import type { DatasourceKindName } from "@tessera/model";
import { kindFormsOf } from "../kindForms/kindFormsOf";

/**
 * What the datasource editor says after a save that moved the datasource: the server dropped
 * the stored secrets the save did not enter again (headers when the base URL or endpoint went
 * to another origin, the password when a PostgreSQL server or database changed), so they must be.
 * What moved is the kind's to say.
 */
export function clearedSecretsMessage(names: readonly string[], kind: DatasourceKindName = "rest"): string {
  const one = names.length === 1;
  const moved = kindFormsOf(kind)?.movedSecrets ?? "The datasource now points to another server";
  return (
    `${moved}, so the stored ${one ? "secret" : "secrets"} ` +
    `${names.join(", ")} ${one ? "was" : "were"} cleared. Enter ${one ? "it" : "them"} again and save.`
  );
}
