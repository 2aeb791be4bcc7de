import type { Node } from "acorn";
import { full } from "acorn-walk";
import { TICK } from "./budget";

type AnyNode = Node & Record<string, unknown>;

/** A text insertion into code, at a position of the original source. */
interface Insertion {
  at: number;
  text: string;
}

/**
 * Returns `source[root.start..root.end]` with a deadline check at every loop head, function
 * entry and catch block, so an endless loop throws a TimeoutError naming `label` instead of
 * freezing the worker. Code without loops or functions comes back unchanged.
 *
 * @param labelFor names the code around a node (e.g. the JS object method it belongs to).
 */
export function instrumentCode(source: string, root: Node, labelFor: (node: Node) => string): string {
  const insertions: Insertion[] = [];
  const check = (node: Node) => `${TICK}(${JSON.stringify(labelFor(node))});`;
  const guardBody = (owner: Node, body: AnyNode) => {
    if (body.type === "BlockStatement") insertions.push({ at: body.start + 1, text: check(owner) });
    else {
      insertions.push({ at: body.start, text: `{${check(owner)}` });
      insertions.push({ at: body.end, text: "}" });
    }
  };
  full(root, (node) => {
    const n = node as AnyNode;
    switch (n.type) {
      case "WhileStatement":
      case "DoWhileStatement":
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement":
        guardBody(n, n.body as AnyNode);
        break;
      case "CatchClause":
        guardBody(n, n.body as AnyNode);
        break;
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression": {
        const body = n.body as AnyNode;
        if (body.type === "BlockStatement") insertions.push({ at: body.start + 1, text: check(n) });
        else {
          insertions.push({ at: body.start, text: `(${check(n).slice(0, -1)}, ` });
          insertions.push({ at: body.end, text: ")" });
        }
        break;
      }
    }
  });
  if (insertions.length === 0) return source.slice(root.start, root.end);
  // Stable sort: two insertions at one position keep the order they were made in.
  insertions.sort((a, b) => a.at - b.at);
  let out = "";
  let cursor = root.start;
  for (const insertion of insertions) {
    out += source.slice(cursor, insertion.at) + insertion.text;
    cursor = insertion.at;
  }
  return out + source.slice(cursor, root.end);
}
