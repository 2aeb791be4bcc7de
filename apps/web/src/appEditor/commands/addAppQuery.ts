import type { AppQuery, PageDoc } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";

/** Adds an empty REST query named Api1, Api2, ... on the given datasource. */
export function addAppQuery(doc: PageDoc, args: { id: string; datasourceId: string | null }): PageDoc {
  const query: AppQuery = {
    id: args.id,
    name: nextEntityName("Api", entityNames(doc)),
    config: {
      datasourceId: args.datasourceId,
      method: "GET",
      path: "",
      queryParams: [],
      headers: [],
      body: "",
    },
    runOnPageLoad: false,
  };
  return { ...doc, queries: [...doc.queries, query] };
}
