import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import type { EditorView } from "@codemirror/view";
import type { EntityMember, PageEntities } from "@tessera/model";

/**
 * True when `pos` sits in code: inside an open `{{` (closed or not yet), or anywhere in event
 * code written without `{{ }}`.
 */
export function isInCode(text: string, pos: number, mode: "binding" | "event"): boolean {
  const open = text.lastIndexOf("{{", pos - 2);
  if (open < 0) return mode === "event" && !text.includes("{{");
  return !text.slice(open + 2, pos).includes("}}");
}

/**
 * What may come at the cursor: entity names and framework functions with their signatures,
 * then after a dot the members of what is before it (`Login1.` offers `signin`).
 */
export function completionsAt(
  text: string,
  pos: number,
  mode: "binding" | "event",
  page: PageEntities,
): { from: number; options: Completion[] } | null {
  if (!isInCode(text, pos, mode)) return null;
  const before = /(?:[A-Za-z_$][\w$]*\.)*[\w$]*$/.exec(text.slice(0, pos))?.[0] ?? "";
  const parts = before.split(".");
  const last = parts.pop() ?? "";
  const from = pos - last.length;
  if (parts.length === 0) {
    const entities: Completion[] = [...page.entities.values()].map((entity) => ({
      label: entity.name,
      type: "variable",
      detail: entity.detail,
    }));
    const functions: Completion[] = page.functions.map((fn) => ({
      label: fn.name,
      type: "function",
      detail: `(${fn.params.join(", ")})`,
      info: fn.description,
      apply: applyCall(fn.name, fn.params.length > 0),
    }));
    return { from, options: [...entities, ...functions] };
  }
  let members = page.entities.get(parts[0])?.members;
  for (const part of parts.slice(1)) members = members?.find((m) => m.name === part)?.members;
  if (!members || members.length === 0) return null;
  return { from, options: members.map(memberCompletion) };
}

function memberCompletion(member: EntityMember): Completion {
  if (member.kind !== "function") return { label: member.name, type: "property", info: member.description };
  const params = member.params ?? [];
  return {
    label: member.name,
    type: "method",
    detail: `(${params.join(", ")})`,
    info: member.description,
    apply: applyCall(member.name, params.length > 0),
  };
}

/** Inserts `name()`, the cursor between the parentheses when it takes arguments. */
function applyCall(name: string, takesArguments: boolean) {
  return (view: EditorView, _completion: Completion, from: number, to: number) => {
    const hasParen = view.state.sliceDoc(to, to + 1) === "(";
    const insert = hasParen ? name : `${name}()`;
    const cursor = from + name.length + (!hasParen && !takesArguments ? 2 : 1);
    view.dispatch({ changes: { from, to, insert }, selection: { anchor: cursor } });
  };
}

/** The completion source of a binding field over the page's entities as they are now. */
export function bindingCompletionSource(mode: "binding" | "event", page: () => PageEntities) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const found = completionsAt(text, context.pos, mode, page());
    if (!found) return null;
    if (found.from === context.pos && !context.explicit && text[context.pos - 1] !== ".") return null;
    return { from: found.from, options: found.options, validFor: /^[\w$]*$/ };
  };
}
