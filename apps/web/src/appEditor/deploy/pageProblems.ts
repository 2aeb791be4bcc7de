import type { PageDoc } from "@tessera/model";

/** A problem found on a page before it is deployed, named by the entity and field it sits in. */
export interface PageProblem {
  /** Where it is, e.g. "Button1.onClick". */
  where: string;
  message: string;
}

/**
 * The problems the deploy dialog lists for a page. This is the one hook point for checks made
 * before a deploy (unknown references, calls to functions an entity lacks): add them here and
 * the dialog shows them. Nothing is checked yet, so every page reads as clean.
 */
export function pageProblems(_doc: PageDoc): PageProblem[] {
  return [];
}
