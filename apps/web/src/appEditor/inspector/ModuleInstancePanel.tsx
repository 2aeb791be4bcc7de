import { useQuery } from "@tanstack/react-query";
import type { ModuleInstance, PageDoc } from "@tessera/model";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { ErrorMessage } from "../../editor/components/ErrorMessage";
import { useEditorStore } from "../../editor/store/editorStore";
import { deleteModuleInstance } from "../commands/deleteModuleInstance";
import { renameModuleInstance } from "../commands/renameModuleInstance";
import { DeleteEntityButton } from "./DeleteEntityButton";
import { EntityNameField } from "./EntityNameField";

/**
 * A module instance: which published module and version it is pinned to, its inputs, and
 * how to call it from a binding (`{{Login1.signin(...)}}`).
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
  const jsModule = version.data?.modules.find((m) => m.kind === "js" && m.name === instance.moduleName);
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
        JS module <strong>{instance.moduleName}</strong>, pinned to version {instance.version}.
      </p>
      <ErrorMessage error={version.error} prefix="Could not load the package version" />
      {jsModule && jsModule.inputs.length > 0 ? (
        <>
          <h3>Inputs</h3>
          <ul>
            {jsModule.inputs.map((input) => (
              <li key={input.name}>
                <code>{input.name}</code> {input.defaultValue ? `(default ${input.defaultValue})` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="ae-hint">
        Call its functions from an event or a binding: <code>{`{{${instance.name}.someFunction()}}`}</code>
      </p>
      <DeleteEntityButton
        pageId={pageId}
        name={instance.name}
        remove={(d) => deleteModuleInstance(d, { id: instance.id })}
      />
    </section>
  );
}
