import { emptyPageDoc, type PageDoc, type Widget } from "@tessera/model";

/** A widget with sensible defaults for tests; override what the test is about. */
export function widgetFixture(overrides: Partial<Widget> & Pick<Widget, "id" | "name">): Widget {
  return {
    type: "Text",
    parentId: null,
    layout: { x: 0, y: 0, w: 10, h: 4 },
    props: {},
    ...overrides,
  };
}

/** A page doc holding the given widgets. */
export function pageDocFixture(widgets: Widget[] = []): PageDoc {
  return { ...emptyPageDoc(), widgets };
}

/** Deterministic ids: "n1", "n2", ... */
export function idSequence(prefix = "n"): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
