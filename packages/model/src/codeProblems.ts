import { referencesOf, segmentsOf } from "@tessera/engine";
import type { EntityMember, PageEntities } from "./pageEntities";

/** Something wrong with a reference in page code, found before it runs. */
export interface CodeProblem {
  /** Shown as is: `Login1 has no function "sigin"; did you mean "signin"?`. */
  message: string;
  /** The text the problem is about, as written (`Login1.sigin`), for a marker; empty for syntax. */
  path: string;
  kind: "syntax" | "reference";
}

/**
 * Checks a property value against the page's entities: unknown names, and properties or
 * functions an entity does not have, with the nearest existing name as a suggestion.
 * `"binding"` checks each `{{ }}` expression; `"event"` checks handler code the way the
 * engine runs it (the bindings' expressions as statements, or the text itself).
 *
 * @example codeProblems("{{Login1.sigin()}}", "event", entities)
 * // [{ message: 'Login1 has no function "sigin"; did you mean "signin"?', path: "Login1.sigin", ... }]
 */
export function codeProblems(value: string, mode: "binding" | "event", page: PageEntities): CodeProblem[] {
  const expressions = segmentsOf(value).flatMap((s) => (s.kind === "binding" ? [s.expression] : []));
  const codes =
    mode === "binding"
      ? expressions.map((code) => ({ code, as: "expression" as const }))
      : [{ code: expressions.length > 0 ? expressions.join(";\n") : value.trim(), as: "handler" as const }];
  const problems: CodeProblem[] = [];
  const seen = new Set<string>();
  for (const { code, as } of codes) {
    if (code === "") continue;
    const references = referencesOf(code, as);
    if ("error" in references) {
      problems.push({
        kind: "syntax",
        path: "",
        message: `SyntaxError: ${references.error.message} (line ${references.error.line}, column ${references.error.column})`,
      });
      continue;
    }
    const calls = new Set(references.calls);
    for (const path of references.paths) {
      const message = referenceProblem(path, calls.has(path), page);
      if (!message || seen.has(message)) continue;
      seen.add(message);
      problems.push({ kind: "reference", path: path.split(".").slice(0, 2).join("."), message });
    }
  }
  return problems;
}

function referenceProblem(path: string, called: boolean, page: PageEntities): string | null {
  const [root, member] = path.split(".");
  if (root === "this") return null;
  const entity = page.entities.get(root);
  if (!entity) {
    if (page.functions.some((f) => f.name === root)) return null;
    const names = [...page.entities.keys(), ...page.functions.map((f) => f.name)];
    return `Unknown name "${root}"${suggestion(root, names)}`;
  }
  if (member === undefined || !entity.complete) return null;
  const found = entity.members.find((m) => m.name === member);
  const calledDirectly = called && path === `${root}.${member}`;
  if (found) {
    return calledDirectly && found.kind !== "function" ? `${root}.${member} is not a function` : null;
  }
  const candidates = (members: EntityMember[]) => members.map((m) => m.name);
  if (calledDirectly) {
    const functions = entity.members.filter((m) => m.kind === "function");
    return `${root} has no function "${member}"${suggestion(member, candidates(functions))}`;
  }
  return `${root} has no property "${member}"${suggestion(member, candidates(entity.members))}`;
}

/** `; did you mean "x"?` for the nearest name within a few edits, or nothing. */
export function suggestion(name: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === null ? "" : `; did you mean "${best}"?`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}
