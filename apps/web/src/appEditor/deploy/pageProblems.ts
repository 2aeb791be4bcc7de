import { type PageDoc, pageProblems as problemsOfPage, type ViewerPackage } from "@tessera/model";
import { widgetTypeSpecs } from "@tessera/widgets";

/** A problem found on a page before it is deployed, named by the entity and field it sits in. */
export interface PageProblem {
  /** Where it is, e.g. "Button1.onClick". */
  where: string;
  message: string;
}

/**
 * The problems the deploy dialog lists for a page: the same reference checks the binding
 * fields show as they are typed (model's pageProblems). `packages` are the package versions
 * the page's module instances are pinned to; an instance whose version is not among them is
 * not checked, so a slow load never reads as a problem. `vaultKeys` are the keys the app's
 * queries keep in the vault, against which a misspelt `{{vault.x}}` is found.
 */
export function pageProblems(
  doc: PageDoc,
  packages: ViewerPackage[] = [],
  vaultKeys: string[] = [],
): PageProblem[] {
  return problemsOfPage(doc, { packages, widgetTypes: widgetTypeSpecs(), vaultKeys }).map((problem) => ({
    where: `${problem.entity}.${problem.prop}`,
    message: problem.message,
  }));
}
