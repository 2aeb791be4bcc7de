import {
  emptyPageDoc,
  type PageDoc,
  type PageEntities,
  type PageProblem,
  pageEntities,
  pageProblems,
  type ViewerPackage,
  withLocalEntities,
} from "@tessera/model";
import { widgetTypeSpecs } from "@tessera/widgets";
import { createContext, useContext, useMemo } from "react";

/** What the editor knows of the open page's code: its names, and the problems found in it. */
export interface PageCode {
  entities: PageEntities;
  problems: PageProblem[];
  /** The app's page names, for navigateTo. */
  pageNames: string[];
}

const emptyPageCode: PageCode = {
  entities: pageEntities(emptyPageDoc(), { packages: [], widgetTypes: {} }),
  problems: [],
  pageNames: [],
};

const NO_LOCALS: readonly string[] = [];

/** Provided once per open page by the app editor; binding fields and the explorer read it. */
export const PageCodeContext = createContext<PageCode>(emptyPageCode);

export function usePageCode(): PageCode {
  return useContext(PageCodeContext);
}

/**
 * The page's entities and problems, again whenever the draft or the loaded package versions
 * change: the checks run as the author types.
 */
export function usePageCodeOf(
  doc: PageDoc | undefined,
  packages: ViewerPackage[],
  pageNames: string[],
  /** Keys the app's queries keep in the vault, for the checks of `{{vault.x}}` in queries. */
  vaultKeys: string[] = [],
  /** Names the code sees besides the page's (a UI module's `props` and `emit`). */
  locals: readonly string[] = NO_LOCALS,
): PageCode {
  const pagesKey = pageNames.join("\n");
  const vaultKey = vaultKeys.join("\n");
  // biome-ignore lint/correctness/useExhaustiveDependencies: pagesKey and vaultKey stand for the names
  return useMemo(() => {
    if (!doc) return { ...emptyPageCode, pageNames };
    const context = { packages, widgetTypes: widgetTypeSpecs(), vaultKeys };
    const entities = withLocalEntities(pageEntities(doc, context), locals);
    return { entities, problems: pageProblems(doc, context, entities), pageNames };
  }, [doc, packages, pagesKey, vaultKey, locals]);
}
