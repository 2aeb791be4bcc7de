import { type CodeProblem, codeProblems, suggestion } from "./codeProblems";
import type { PageEntities } from "./pageEntities";
import { vaultKeyOf } from "./vault";

/**
 * The problems of one `{{ }}` expression of a query's config. `vault.x` alone is the server's
 * to fill in: a misspelt key near one some query keeps is flagged, and `vault` inside a larger
 * expression (which the browser would evaluate, and cannot) gets a message saying how to write
 * it. Anything else is checked like page code.
 *
 * @example queryBindingProblems("vault.acess_token", entities, ["access_token"])
 * // [{ message: 'No query keeps "acess_token" in the vault; did you mean "access_token"?', ... }]
 */
export function queryBindingProblems(
  expression: string,
  entities: PageEntities,
  vaultKeys: readonly string[] = [],
): CodeProblem[] {
  const key = vaultKeyOf(expression);
  if (key !== null) {
    // Keys may be kept by queries this page does not know (another page's): only a near miss is flagged.
    if (vaultKeys.includes(key)) return [];
    const hint = suggestion(key, vaultKeys);
    return hint
      ? [{ kind: "reference", path: `vault.${key}`, message: `No query keeps "${key}" in the vault${hint}` }]
      : [];
  }
  return codeProblems(`{{${expression}}}`, "binding", entities).map((problem) => {
    const [root, member] = problem.path.split(".");
    if (root !== "vault" || entities.entities.has("vault")) return problem;
    const written = `{{vault.${member ?? "name"}}}`;
    return {
      ...problem,
      message: `The server fills in vault values only as a binding of their own: write ${written}, as in Bearer ${written}`,
    };
  });
}
