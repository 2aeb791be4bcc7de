import type { QueryConfig } from "@tessera/model";
import type { ComponentType } from "react";
import type { QueryFormProps } from "./queryFormProps";
import { queryForms } from "./queryForms";

// Each form takes its own kind's config; QueryEditor hands a form only configs of that kind.
const forms = queryForms as Partial<Record<string, ComponentType<QueryFormProps<QueryConfig>>>>;

/**
 * The config part of a query, in the form of its kind; shared by app queries and query
 * modules. A kind this build has no form for (stored by a newer server) gets a message, not a crash.
 */
export function QueryEditor(props: QueryFormProps) {
  const kind: string = props.config.kind ?? "rest";
  const Form = Object.hasOwn(forms, kind) ? forms[kind] : undefined;
  if (!Form) {
    return (
      <p className="error small" role="alert">
        This editor cannot edit queries of kind “{kind}”.
      </p>
    );
  }
  return <Form {...props} />;
}
