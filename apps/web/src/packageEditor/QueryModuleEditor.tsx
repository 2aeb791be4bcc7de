import { useQuery } from "@tanstack/react-query";
import type { QueryModule } from "@tessera/model";
import { datasourcesQueryOptions } from "../api/datasources";
import { QueryEditor } from "../queryEditor/QueryEditor";
import { useEditorStore } from "../store/editorStore";
import { InputsPane } from "./InputsPane";
import { RunPanel } from "./RunPanel";

/** Edits a query module's config (in the form of its kind) and inputs, and runs it. Edits go to the store's draft. */
export function QueryModuleEditor(props: {
  packageId: string;
  workspaceId: string;
  moduleId: string;
  module: QueryModule;
}) {
  const { packageId, workspaceId, moduleId, module } = props;
  const datasources = useQuery(datasourcesQueryOptions(workspaceId));
  const editModule = useEditorStore((s) => s.editModule);

  return (
    <div className="query-editor">
      <div className="query-main">
        <QueryEditor
          config={module.config}
          onChange={(config) => editModule(moduleId, (m) => (m.kind === "query" ? { ...m, config } : m))}
          datasources={datasources.data}
          bindingExample="inputs.email"
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
