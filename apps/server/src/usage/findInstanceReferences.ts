import type { PageCodeText } from "@tessera/model";
import { type Node, parse } from "acorn";

/** A use of one of an instance's members in a page's code: `Login1.signin(a, b)`. */
export interface InstanceReference {
  where: Pick<PageCodeText, "entity" | "property">;
  /** The member used: `signin`. */
  member: string;
  /** Arguments passed, or null when it is not called or a spread hides the count. */
  args: number | null;
  /** The call (or the member access) as written. */
  code: string;
}

type AnyNode = Node & Record<string, unknown>;

function parseCode(text: PageCodeText): Node | null {
  const attempts = text.isModule
    ? [() => parse(text.code, { ecmaVersion: "latest", sourceType: "module" })]
    : [
        // An expression first (`{ a: 1 }` is an object there), then handler statements.
        () => parse(`(${text.code}\n)`, { ecmaVersion: "latest", sourceType: "script" }),
        () =>
          parse(text.code, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true }),
      ];
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {}
  }
  return null;
}

/** The offset of `text.code` inside what was parsed: one for the `(` added around an expression. */
const offsetOf = (text: PageCodeText, root: Node) =>
  !text.isModule && root.end === text.code.length + 3 ? 1 : 0;

/**
 * Every use of `instance.member` in a page's code texts, with the arguments of each call.
 * Code that does not parse is skipped: it cannot run either, so no publish breaks it.
 *
 * @example findInstanceReferences(pageCodeTexts(doc), "Login1")[0] // { member: "signin", args: 1, ... }
 */
export function findInstanceReferences(
  texts: readonly PageCodeText[],
  instance: string,
): InstanceReference[] {
  const found: InstanceReference[] = [];
  for (const text of texts) {
    if (!text.code.includes(instance)) continue;
    const root = parseCode(text);
    if (!root) continue;
    const offset = offsetOf(text, root);
    const slice = (node: Node) => text.code.slice(node.start - offset, node.end - offset);
    const memberOf = (node: AnyNode | undefined): string | null => {
      if (node?.type !== "MemberExpression" || node.computed) return null;
      const object = node.object as AnyNode;
      const property = node.property as AnyNode;
      return object.type === "Identifier" && object.name === instance && property.type === "Identifier"
        ? (property.name as string)
        : null;
    };
    const called = new Set<Node>();
    const visit = (node: AnyNode) => {
      if (node.type === "CallExpression") {
        const callee = node.callee as AnyNode;
        const member = memberOf(callee);
        if (member) {
          const args = node.arguments as AnyNode[];
          called.add(callee);
          found.push({
            where: { entity: text.entity, property: text.property },
            member,
            args: args.some((arg) => arg.type === "SpreadElement") ? null : args.length,
            code: slice(node),
          });
        }
      } else if (!called.has(node)) {
        const member = memberOf(node);
        if (member)
          found.push({
            where: { entity: text.entity, property: text.property },
            member,
            args: null,
            code: slice(node),
          });
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) {
          for (const item of value) if (item && typeof item.type === "string") visit(item);
        } else if (value && typeof value === "object" && typeof (value as AnyNode).type === "string") {
          visit(value as AnyNode);
        }
      }
    };
    visit(root as AnyNode);
  }
  return found;
}
