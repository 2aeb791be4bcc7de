/** A node of the graph: a property computed from a binding, or a function whose body reads paths. */
export interface GraphNode {
  /** `Entity.prop`; entities of module internals are named `Instance/name`. */
  id: string;
  kind: "binding" | "function";
  /** Paths the node reads (`Input1.text`, `appsmith.store.token`). */
  reads: string[];
}

/** `a.b` and `a.b.c` touch each other; `a.b` and `a.bc` do not. */
function related(a: string, b: string): boolean {
  if (a.length === b.length) return a === b;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long[short.length] === ".";
}

function entityOf(path: string): string {
  const dot = path.indexOf(".");
  return dot < 0 ? path : path.slice(0, dot);
}

/** `Entity.prop` of a path, or the entity alone for a one-segment path. */
function propertyKey(path: string): string {
  const first = path.indexOf(".");
  if (first < 0) return path;
  const second = path.indexOf(".", first + 1);
  return second < 0 ? path : path.slice(0, second);
}

/**
 * Orders a page's bindings so each is evaluated after what it reads, finds cycles, and answers
 * "what must re-run when these paths change" in time proportional to the answer.
 * Function nodes carry dependencies through JS functions; cycles among functions alone are
 * recursion, not errors.
 */
export class DependencyGraph {
  /** Binding nodes in evaluation order, nodes in cycles left out. */
  readonly order: string[] = [];
  /** Error message per binding node caught in a cycle. */
  readonly cycles = new Map<string, string>();
  private readonly nodes = new Map<string, GraphNode>();
  private readonly rank = new Map<string, number>();
  private readonly dependents = new Map<string, string[]>();
  private readonly dependencies = new Map<string, string[]>();
  /** Readers of each `Entity.prop`, with the exact path they read. */
  private readonly readers = new Map<string, { node: string; path: string }[]>();
  /** Keys of `readers` per entity, to answer a change to a whole entity. */
  private readonly readerKeys = new Map<string, Set<string>>();
  /** Nodes reading a whole entity (`{{Input1}}`). */
  private readonly entityReaders = new Map<string, Set<string>>();
  private readonly nodesOfEntity = new Map<string, string[]>();

  constructor(nodes: GraphNode[]) {
    for (const node of nodes) {
      this.nodes.set(node.id, node);
      const entity = entityOf(node.id);
      const list = this.nodesOfEntity.get(entity);
      if (list) list.push(node.id);
      else this.nodesOfEntity.set(entity, [node.id]);
    }
    for (const node of nodes) this.index(node);
    this.sort();
  }

  /** True when a node with this id exists. */
  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** The nodes reading any of `paths`, directly or through other nodes, in evaluation order. */
  affectedBy(paths: Iterable<string>): string[] {
    const affected = new Set<string>();
    const queue: string[] = [];
    const visit = (id: string) => {
      if (affected.has(id)) return;
      affected.add(id);
      queue.push(id);
    };
    for (const path of paths) {
      const entity = entityOf(path);
      for (const id of this.entityReaders.get(entity) ?? []) visit(id);
      const keys = path.includes(".") ? [propertyKey(path)] : (this.readerKeys.get(entity) ?? []);
      for (const key of keys) {
        for (const reader of this.readers.get(key) ?? []) if (related(reader.path, path)) visit(reader.node);
      }
    }
    while (queue.length > 0) {
      const id = queue.pop()!;
      for (const dependent of this.dependents.get(id) ?? []) visit(dependent);
    }
    const result: string[] = [];
    for (const id of affected) {
      if (this.nodes.get(id)?.kind === "binding" && this.rank.has(id)) result.push(id);
    }
    return result.sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
  }

  private index(node: GraphNode): void {
    const dependencies = new Set<string>();
    for (const path of node.reads) {
      const entity = entityOf(path);
      if (!path.includes(".")) {
        const set = this.entityReaders.get(entity) ?? new Set<string>();
        this.entityReaders.set(entity, set);
        set.add(node.id);
        for (const id of this.nodesOfEntity.get(entity) ?? []) dependencies.add(id);
        continue;
      }
      const key = propertyKey(path);
      let list = this.readers.get(key);
      if (!list) {
        list = [];
        this.readers.set(key, list);
        const keys = this.readerKeys.get(entity) ?? new Set<string>();
        this.readerKeys.set(entity, keys);
        keys.add(key);
      }
      list.push({ node: node.id, path });
      if (this.nodes.has(key)) dependencies.add(key);
    }
    this.dependencies.set(node.id, [...dependencies]);
    for (const dependency of dependencies) {
      const list = this.dependents.get(dependency);
      if (list) list.push(node.id);
      else this.dependents.set(dependency, [node.id]);
    }
  }

  /**
   * Tarjan's strongly connected components, iterative so a long chain of bindings cannot
   * overflow the stack. Components come out dependencies first: that is the evaluation order.
   */
  private sort(): void {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    let counter = 0;
    let rank = 0;
    for (const start of this.nodes.keys()) {
      if (index.has(start)) continue;
      const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
      index.set(start, counter);
      low.set(start, counter++);
      stack.push(start);
      onStack.add(start);
      while (work.length > 0) {
        const frame = work[work.length - 1];
        const edges = this.dependencies.get(frame.id) ?? [];
        if (frame.next < edges.length) {
          const target = edges[frame.next++];
          if (!index.has(target)) {
            index.set(target, counter);
            low.set(target, counter++);
            stack.push(target);
            onStack.add(target);
            work.push({ id: target, next: 0 });
          } else if (onStack.has(target)) {
            low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
          }
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
        if (low.get(frame.id) !== index.get(frame.id)) continue;
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        this.place(component);
        for (const id of component) if (!this.cycles.has(id)) this.rank.set(id, rank++);
      }
    }
    for (const id of this.rank.keys()) if (this.nodes.get(id)!.kind === "binding") this.order.push(id);
  }

  private place(component: string[]): void {
    const selfLoop = component.length === 1 && this.dependencies.get(component[0])!.includes(component[0]);
    if (component.length === 1 && !selfLoop) return;
    const members = new Set(component);
    for (const id of component) {
      if (this.nodes.get(id)!.kind !== "binding") continue;
      this.cycles.set(id, `Cyclic dependency: ${this.cyclePath(id, members).join(" → ")}`);
    }
  }

  /** The shortest way from a node back to itself inside its component, for the error message. */
  private cyclePath(start: string, members: Set<string>): string[] {
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const next of this.dependencies.get(id) ?? []) {
        if (!members.has(next)) continue;
        if (next === start) {
          const chain: string[] = [];
          for (let at = id; at !== start; at = previous.get(at)!) chain.unshift(at);
          return [start, ...chain, start];
        }
        if (!previous.has(next)) {
          previous.set(next, id);
          queue.push(next);
        }
      }
    }
    return [start, start];
  }
}
