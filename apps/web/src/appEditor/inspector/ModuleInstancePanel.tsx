import { useQuery } from "@tanstack/react-query";
import type { ModuleInstance, PageDoc } from "@tessera/model";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { useEditorStore } from "../../store/editorStore";
import { deleteModuleInstance } from "../commands/deleteModuleInstance";
import { renameModuleInstance } from "../commands/renameModuleInstance";
import { updateModuleInstance } from "../commands/updateModuleInstance";
import { DeleteEntityButton } from "./DeleteEntityButton";
import { EntityNameField } from "./EntityNameField";
import { InstanceInputFields } from "./InstanceInputFields";
import { QueryInstanceOptions } from "./QueryInstanceOptions";

/**
 * A module instance: which published module and version it is pinned to, the values it gives
 * the module's inputs, and how to use it from a binding (`{{Login1.signin(...)}}`, or for a
 * query module instance `{{Users1.data}}`, with its run options).
 */
export function ModuleInstancePanel({
  pageId,
  doc,
  instance,
}: {
  pageId: string;
  doc: PageDoc;
  instance: ModuleInstance;
}) {
  const edit = useEditorStore((s) => s.editPage);
  const version = useQuery(pinnedPackageVersionQueryOptions(instance.packageId, instance.version));
  const module = version.data?.modules.find((m) => m.name === instance.moduleName);
  const change = (changes: Parameters<typeof updateModuleInstance>[1]["changes"]) =>
    edit(pageId, (d) => updateModuleInstance(d, { id: instance.id, changes }));
  return (
    <section aria-label={`Module instance ${instance.name}`}>
      <h2>Module instance {instance.name}</h2>
      <EntityNameField
        key={instance.id}
        doc={doc}
        name={instance.name}
        onRename={(name) => edit(pageId, (d) => renameModuleInstance(d, { id: instance.id, name }))}
      />
      <p>
        {module?.kind === "query" ? "Query" : "JS"} module <strong>{instance.moduleName}</strong>, pinned to
        version {instance.version}.
      </p>
      <ErrorMessage error={version.error} prefix="Could not load the package version" />
      {module ? (
        <InstanceInputFields
          instance={instance}
          inputs={module.inputs}
          onChange={(inputs) => change({ inputs })}
        />
      ) : null}
      {module?.kind === "query" ? (
        <QueryInstanceOptions instance={instance} onChange={change} />
      ) : (
        <p className="ae-hint">
          Call its functions from an event or a binding: <code>{`{{${instance.name}.someFunction()}}`}</code>
        </p>
      )}
      <DeleteEntityButton
        pageId={pageId}
        name={instance.name}
        remove={(d) => deleteModuleInstance(d, { id: instance.id })}
      />
    </section>
  );
}
