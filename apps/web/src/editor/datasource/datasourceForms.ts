import type { DatasourceKindName } from "@tessera/model";
import type { ComponentType } from "react";
import type { DatasourceForm } from "./datasourceForm";
import type { DatasourceFormProps } from "./datasourceFormProps";
import { GraphqlDatasourceForm } from "./GraphqlDatasourceForm";
import { PostgresDatasourceForm } from "./PostgresDatasourceForm";
import { RestDatasourceForm } from "./RestDatasourceForm";

/** The form of each datasource kind: a new kind is its form's file and one line here. */
export const datasourceForms: {
  [K in DatasourceKindName]: ComponentType<DatasourceFormProps<Extract<DatasourceForm, { kind: K }>>>;
} = {
  rest: RestDatasourceForm,
  postgres: PostgresDatasourceForm,
  graphql: GraphqlDatasourceForm,
};
