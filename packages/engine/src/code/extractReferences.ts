import type { Node, Pattern } from "acorn";
import { fullAncestor } from "acorn-walk";
import { allowedGlobals } from "./globalNames";

/** What a piece of code reads from outside itself. */
export interface CodeReferences {
  /**
   * Member paths read, as far as they are static: `Table9.data[appsmith.store.row]` reads
   * `Table9.data` and `appsmith.store.row`. Paths through `this` start with `this`.
   */
  paths: string[];
  /** Free names other than standard globals: the entities (or unknown names) the code needs. */
  names: string[];
  /** The paths among `paths` that are called: `Login1.signin(...)` calls `Login1.signin`. */
  calls: string[];
}

type AnyNode = Node & Record<string, unknown>;

/**
 * Lists the entity paths code reads, ignoring its own locals, parameters and standard
 * globals such as Math, JSON and Promise.
 *
 * @example extractReferences(parseExpression("Table9.data[appsmith.store.row]").node)
 * // { paths: ["Table9.data", "appsmith.store.row"], names: ["Table9", "appsmith"] }
 */
export function extractReferences(root: Node): CodeReferences {
  const paths = new Set<string>();
  const names = new Set<string>();
  const calls = new Set<string>();
  const declarations = new WeakMap<Node, Set<string>>();
  fullAncestor(root, (node, _state, ancestors, type) => {
    if (node.type === "ThisExpression") {
      if (!insideOwnThis(ancestors)) paths.add(memberPath("this", ancestors).path);
      return;
    }
    if (node.type !== "Identifier" || type === "VariablePattern") return;
    const name = (node as unknown as { name: string }).name;
    if (isDeclared(name, ancestors, declarations)) return;
    if (allowedGlobals.has(name)) return;
    names.add(name);
    const { path, depth } = memberPath(name, ancestors);
    paths.add(path);
    if (isCalled(depth, ancestors)) calls.add(path);
  });
  return { paths: [...paths], names: [...names], calls: [...calls] };
}

/** Extends a name with the static member accesses made on it: `a.b["c"].d`. */
function memberPath(name: string, ancestors: Node[]): { path: string; depth: number } {
  let path = name;
  let depth = 0;
  for (let i = ancestors.length - 1; i > 0; i--, depth++) {
    const parent = ancestors[i - 1] as AnyNode;
    if (parent.type !== "MemberExpression" || parent.object !== ancestors[i]) break;
    const property = parent.property as AnyNode;
    if (!parent.computed) path += `.${property.name as string}`;
    else if (property.type === "Literal" && ["string", "number"].includes(typeof property.value)) {
      path += `.${String(property.value)}`;
    } else break;
  }
  return { path, depth };
}

/** True when the member chain of `depth` accesses read by memberPath is the callee of a call. */
function isCalled(depth: number, ancestors: Node[]): boolean {
  const chain = ancestors[ancestors.length - 1 - depth] as AnyNode | undefined;
  const parent = ancestors[ancestors.length - 2 - depth] as AnyNode | undefined;
  return parent?.type === "CallExpression" && parent.callee === chain;
}

/** `this` inside a non-arrow function nested in the code is that function's, not the entity's. */
function insideOwnThis(ancestors: Node[]): boolean {
  // The outermost function is the entity's method itself: its `this` is the entity.
  let functions = 0;
  for (const node of ancestors) {
    if (node.type === "FunctionExpression" || node.type === "FunctionDeclaration") functions++;
  }
  return functions > 1;
}

function isDeclared(name: string, ancestors: Node[], cache: WeakMap<Node, Set<string>>): boolean {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const scope = ancestors[i];
    let declared = cache.get(scope);
    if (!declared) {
      declared = declaredIn(scope as AnyNode);
      cache.set(scope, declared);
    }
    if (declared.has(name)) return true;
  }
  return false;
}

/** Names a node declares for the code inside it (empty for nodes that are not scopes). */
function declaredIn(node: AnyNode): Set<string> {
  const names = new Set<string>();
  switch (node.type) {
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression": {
      if (node.id && node.type === "FunctionExpression") names.add((node.id as AnyNode).name as string);
      for (const param of node.params as Pattern[]) addPatternNames(param, names);
      if (node.type !== "ArrowFunctionExpression") names.add("arguments");
      const body = node.body as AnyNode;
      if (body.type === "BlockStatement") addVarDeclarations(body, names);
      break;
    }
    case "Program":
      addVarDeclarations(node, names);
      addBlockDeclarations(node, names);
      break;
    case "BlockStatement":
    case "StaticBlock":
      addBlockDeclarations(node, names);
      break;
    case "SwitchStatement":
      for (const switchCase of node.cases as AnyNode[])
        addBlockDeclarations({ body: switchCase.consequent } as unknown as AnyNode, names);
      break;
    case "ForStatement":
    case "ForInStatement":
    case "ForOfStatement": {
      const head = (node.init ?? node.left) as AnyNode | null;
      if (head?.type === "VariableDeclaration") addDeclarationNames(head, names);
      break;
    }
    case "CatchClause":
      if (node.param) addPatternNames(node.param as Pattern, names);
      break;
    case "ClassExpression":
      if (node.id) names.add((node.id as AnyNode).name as string);
      break;
  }
  return names;
}

function addBlockDeclarations(block: AnyNode, names: Set<string>): void {
  for (const statement of block.body as AnyNode[]) {
    if (statement.type === "VariableDeclaration" && statement.kind !== "var")
      addDeclarationNames(statement, names);
    else if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") {
      if (statement.id) names.add((statement.id as AnyNode).name as string);
    }
  }
}

/** `var` declarations anywhere in a function body, hoisted; nested functions keep theirs. */
function addVarDeclarations(node: AnyNode, names: Set<string>): void {
  if (node.type === "VariableDeclaration" && node.kind === "var") addDeclarationNames(node, names);
  for (const key of [
    "body",
    "consequent",
    "alternate",
    "block",
    "handler",
    "finalizer",
    "cases",
    "init",
    "left",
  ]) {
    const child = node[key] as AnyNode | AnyNode[] | null | undefined;
    if (!child || typeof child !== "object") continue;
    const list = Array.isArray(child) ? child : [child];
    for (const item of list) {
      if (item && typeof item.type === "string" && !item.type.includes("Function"))
        addVarDeclarations(item, names);
    }
  }
}

function addDeclarationNames(declaration: AnyNode, names: Set<string>): void {
  for (const declarator of declaration.declarations as AnyNode[])
    addPatternNames(declarator.id as Pattern, names);
}

function addPatternNames(pattern: Pattern, names: Set<string>): void {
  switch (pattern.type) {
    case "Identifier":
      names.add(pattern.name);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties) {
        addPatternNames(property.type === "RestElement" ? property.argument : property.value, names);
      }
      break;
    case "ArrayPattern":
      for (const element of pattern.elements) if (element) addPatternNames(element, names);
      break;
    case "RestElement":
      addPatternNames(pattern.argument, names);
      break;
    case "AssignmentPattern":
      addPatternNames(pattern.left, names);
      break;
  }
}
