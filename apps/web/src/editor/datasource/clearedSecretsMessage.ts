/**
 * What the datasource editor says after a save that moved the base URL to another origin:
 * the server dropped the stored secrets the save did not enter again, so they must be.
 */
export function clearedSecretsMessage(names: readonly string[]): string {
  const one = names.length === 1;
  return (
    `The base URL now points to another server, so the stored ${one ? "secret" : "secrets"} ` +
    `${names.join(", ")} ${one ? "was" : "were"} cleared. Enter ${one ? "it" : "them"} again and save.`
  );
}
