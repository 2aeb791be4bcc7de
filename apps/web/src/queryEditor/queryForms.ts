import type { QueryConfig, QueryKind } from "@tessera/model";
import type { ComponentType } from "react";
import { GraphqlQueryForm } from "./GraphqlQueryForm";
import type { QueryFormProps } from "./queryFormProps";
import { RestQueryForm } from "./RestQueryForm";
import { SqlQueryForm } from "./SqlQueryForm";

/**
 * The form of each query kind: a new kind is its form's file and one line here. A kind without
 * a form yet gets QueryEditor's message.
 */
export const queryForms: {
  [K in QueryKind]?: ComponentType<QueryFormProps<Extract<QueryConfig, { kind?: K }>>>;
} = {
  rest: RestQueryForm,
  postgres: SqlQueryForm,
  graphql: GraphqlQueryForm,
};
