import type { KindForms } from "./KindForms";

// Every kind file beside this one (tests aside), found by Vite at build time: a new kind is
// a file here and no line. Eager, as the forms were imported before; Monaco stays lazy
// behind CodeEditor, and the viewer never imports this folder.
const modules = import.meta.glob<{ kindForms: KindForms }>(["./*.tsx", "!./*.test.tsx"], { eager: true });

let byKind: ReadonlyMap<string, KindForms> | null = null;

// Read once, on first use.
function kinds(): ReadonlyMap<string, KindForms> {
  byKind ??= new Map(
    Object.values(modules)
      .map((module) => module.kindForms)
      .sort((a, b) => a.order - b.order)
      .map((forms) => [forms.kind, forms]),
  );
  return byKind;
}

/** The forms of a kind, or undefined for a kind this build has none for (stored by a newer server). */
export function kindFormsOf(kind: string): KindForms | undefined {
  return kinds().get(kind);
}

/** The forms of every kind, in their `order`: the kind picker and the datasource menus. */
export function allKindForms(): KindForms[] {
  return [...kinds().values()];
}
