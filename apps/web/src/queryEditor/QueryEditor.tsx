import { kindFormsOf } from "../kindForms/kindFormsOf";
import { DatasourceSelect } from "./DatasourceSelect";
import type { QueryEditorProps } from "./queryFormProps";
import { VaultKeepField } from "./VaultKeepField";
import { VaultKeyCompletion } from "./VaultKeyCompletion";
import "./queryEditor.css";

/** A query's vault settings, beside its config. */
export interface QueryVaultProps {
  /** The response fields this query keeps in the vault. */
  vaultKeep: readonly string[] | undefined;
  onVaultKeepChange: (keep: string[] | undefined) => void;
  /** Keys the app's or package's queries keep, offered after `{{vault.` in the form's fields. */
  vaultKeys: readonly string[];
}

/**
 * The config part of a query, in the form of its kind (kindForms/<kind>.tsx), and what it keeps
 * in the vault; shared by app queries and query modules. A kind this build has no form for
 * (stored by a newer server) gets a message, not a crash.
 */
export function QueryEditor({
  vaultKeep,
  onVaultKeepChange,
  vaultKeys,
  ...props
}: QueryEditorProps & QueryVaultProps) {
  const kind: string = props.config.kind ?? "rest";
  const Form = kindFormsOf(kind)?.QueryForm;
  if (!Form) {
    return (
      <p className="error small" role="alert">
        This editor cannot edit queries of kind “{kind}”.
      </p>
    );
  }
  return (
    <>
      <VaultKeyCompletion keys={vaultKeys}>
        <Form
          {...props}
          datasourceSelect={
            <DatasourceSelect
              config={props.config}
              datasources={props.datasources}
              onChange={props.onChange}
            />
          }
        />
      </VaultKeyCompletion>
      <VaultKeepField keep={vaultKeep} onChange={onVaultKeepChange} />
    </>
  );
}
