import { type AppQuery, emptyQueryConfig, type PageDoc } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";

/** Adds an empty REST query named Api1, Api2, ... on the given datasource. */
export function addAppQuery(doc: PageDoc, args: { id: string; datasourceId: string | null }): PageDoc {
  const query: AppQuery = {
    id: args.id,
    name: nextEntityName("Api", entityNames(doc)),
    config: emptyQueryConfig("rest", args.datasourceId),
    runOnPageLoad: false,
  };
  return { ...doc, queries: [...doc.queries, query] };
}
