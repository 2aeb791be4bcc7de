import { useQuery } from "@tanstack/react-query";
import { keptVaultKeys, type ModuleBody, type QueryModule } from "@tessera/model";
import { useMemo } from "react";
import { datasourcesQueryOptions } from "../api/datasources";
import { QueryEditor } from "../queryEditor/QueryEditor";
import { InputsPane } from "./InputsPane";
import { editModule } from "./moduleDrafts";
import { RefreshActionField } from "./RefreshActionField";
import { RunPanel } from "./RunPanel";

/**
 * Edits a query module's config (in the form of its kind), what it keeps in the vault, whether
 * it is the package's refresh action, and its inputs, and runs it. Edits go to the store's draft.
 */
export function QueryModuleEditor(props: {
  packageId: string;
  workspaceId: string;
  moduleId: string;
  module: QueryModule;
  /** Every module of the package as edited now: the keys they keep, and its refresh action. */
  packageModules: readonly ModuleBody[];
}) {
  const { packageId, workspaceId, moduleId, module, packageModules } = props;
  const datasources = useQuery(datasourcesQueryOptions(workspaceId));
  const editQuery = (change: (m: QueryModule) => QueryModule) =>
    editModule(moduleId, (m) => (m.kind === "query" ? change(m) : m));
  const vaultKeys = useMemo(
    () => keptVaultKeys(packageModules.flatMap((m) => (m.kind === "query" ? [m] : []))),
    [packageModules],
  );

  return (
    <div className="query-editor">
      <div className="query-main">
        <QueryEditor
          config={module.config}
          onChange={(config) => editQuery((m) => ({ ...m, config }))}
          datasources={datasources.data}
          bindingExample="inputs.email"
          vaultKeep={module.vaultKeep}
          onVaultKeepChange={(vaultKeep) =>
            editQuery(({ vaultKeep: _, ...m }) => (vaultKeep ? { ...m, vaultKeep } : m))
          }
          vaultKeys={vaultKeys}
        />
        <RefreshActionField
          module={module}
          packageModules={packageModules}
          onChange={(vaultRefresh) =>
            editQuery(({ vaultRefresh: _, ...m }) => (vaultRefresh ? { ...m, vaultRefresh } : m))
          }
        />
        <RunPanel packageId={packageId} moduleId={moduleId} module={module} />
      </div>
      <InputsPane
        inputs={module.inputs}
        onChange={(inputs) => editModule(moduleId, (m) => ({ ...m, inputs }))}
      />
    </div>
  );
}
