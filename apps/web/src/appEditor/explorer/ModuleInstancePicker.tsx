import { useQuery } from "@tanstack/react-query";
import { publishedJsModulesQueryOptions } from "../../api/jsModules";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Loading } from "../../shared/components/Loading";
import { useEditorStore } from "../../store/editorStore";
import { addModuleInstance } from "../commands/addModuleInstance";
import { newEntityId } from "../newEntityId";
import { openEntity } from "./openEntity";

/**
 * The published JS (or query) modules of the workspace's packages (latest version of each).
 * Picking one adds an instance pinned to that version, named after the module: Login1, ...
 */
export function ModuleInstancePicker({
  workspaceId,
  pageId,
  kind = "js",
  onDone,
}: {
  workspaceId: string;
  pageId: string;
  kind?: "js" | "query";
  onDone: () => void;
}) {
  const modules = useQuery(publishedJsModulesQueryOptions(workspaceId, kind));
  const what = kind === "js" ? "JS modules" : "query modules";
  return (
    <section className="ae-menu" aria-label={`Published ${what}`}>
      {modules.isPending ? <Loading label="Loading published modules…" /> : null}
      <ErrorMessage error={modules.error} prefix="Could not list the published modules" />
      {modules.data?.length === 0 ? (
        <p className="ae-hint">{`No published ${what} yet: publish a package with one first.`}</p>
      ) : null}
      <ul className="ae-list">
        {modules.data?.map((module) => (
          <li key={`${module.packageId}:${module.moduleName}`}>
            <button
              type="button"
              className="ae-small-button"
              aria-label={`Add ${module.moduleName} from ${module.packageName} v${module.version}`}
              onClick={() => {
                const id = newEntityId();
                useEditorStore.getState().editPage(pageId, (doc) =>
                  addModuleInstance(doc, {
                    id,
                    packageId: module.packageId,
                    moduleName: module.moduleName,
                    version: module.version,
                  }),
                );
                openEntity({ kind: "moduleInstance", id });
                onDone();
              }}
            >
              {module.moduleName}{" "}
              <span className="ae-hint">
                {module.packageName} v{module.version}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="ae-small-button" onClick={onDone}>
        Cancel
      </button>
    </section>
  );
}
