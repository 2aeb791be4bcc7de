import { mapQueryConfigBindings, type PageDoc, renameInBindings, renameInCode } from "@tessera/model";

/**
 * Follows a rename through the page: widget props (events included), app query configs, JS
 * object sources and module instance input values that referred to `from` now refer to `to`.
 */
export function renameReferences(doc: PageDoc, from: string, to: string): PageDoc {
  const inValue = (value: string) => renameInBindings(value, from, to);
  const widgets = doc.widgets.map((w) => {
    let changed = false;
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(w.props)) {
      props[key] = typeof value === "string" ? inValue(value) : value;
      if (props[key] !== value) changed = true;
    }
    return changed ? { ...w, props } : w;
  });
  const queries = doc.queries.map((q) => {
    const config = mapQueryConfigBindings(q.config, inValue);
    return JSON.stringify(config) === JSON.stringify(q.config) ? q : { ...q, config };
  });
  const jsObjects = doc.jsObjects.map((j) => {
    const source = j.source.includes(from) ? renameInCode(j.source, from, to) : j.source;
    return source === j.source ? j : { ...j, source };
  });
  const moduleInstances = doc.moduleInstances.map((m) => {
    const inputs = Object.fromEntries(
      Object.entries(m.inputs).map(([name, value]) => [name, inValue(value)]),
    );
    return JSON.stringify(inputs) === JSON.stringify(m.inputs) ? m : { ...m, inputs };
  });
  return { ...doc, widgets, queries, jsObjects, moduleInstances };
}
