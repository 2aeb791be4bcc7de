import { type AppQuery, emptyQueryConfig, type PageDoc, type QueryKind } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";

/**
 * Adds an empty query of the datasource's kind (REST when none is given) on the given
 * datasource: REST calls are named Api1, Api2, ..., other kinds Query1, Query2, ...
 */
export function addAppQuery(
  doc: PageDoc,
  args: { id: string; datasourceId: string | null; kind?: QueryKind },
): PageDoc {
  const kind = args.kind ?? "rest";
  const query: AppQuery = {
    id: args.id,
    name: nextEntityName(kind === "rest" ? "Api" : "Query", entityNames(doc)),
    config: emptyQueryConfig(kind, args.datasourceId),
    runOnPageLoad: false,
  };
  return { ...doc, queries: [...doc.queries, query] };
}
