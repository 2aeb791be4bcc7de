import { useQueries } from "@tanstack/react-query";
import type { ModuleInstance, PageDoc } from "@tessera/model";
import { useState } from "react";
import { pinnedPackageVersionQueryOptions } from "../../api/apps";
import { useEditorStore } from "../../store/editorStore";
import { addAppQuery } from "../commands/addAppQuery";
import { addJsObject } from "../commands/addJsObject";
import { newEntityId } from "../newEntityId";
import { EntityItem } from "./EntityItem";
import { ModuleInstancePicker } from "./ModuleInstancePicker";
import { openEntity } from "./openEntity";
import { ProblemMarker } from "./ProblemMarker";
import { WidgetTree } from "./WidgetTree";

function ModuleInstanceItem({ instance }: { instance: ModuleInstance }) {
  return (
    <EntityItem entity={{ kind: "moduleInstance", id: instance.id }}>
      {instance.name}{" "}
      <span className="ae-hint">
        {instance.moduleName} v{instance.version}
      </span>
    </EntityItem>
  );
}

/** The ids of the page's instances of query modules, read from the versions they are pinned to. */
function useQueryModuleInstances(doc: PageDoc): Set<string> {
  const versions = useQueries({
    queries: doc.moduleInstances.map((m) => pinnedPackageVersionQueryOptions(m.packageId, m.version)),
  });
  const ids = new Set<string>();
  doc.moduleInstances.forEach((instance, i) => {
    const module = versions[i]?.data?.modules.find((m) => m.name === instance.moduleName);
    if (module?.kind === "query") ids.add(instance.id);
  });
  return ids;
}

/**
 * Everything on the page by kind: widgets (as a tree), queries with the query module
 * instances, and the JS section with JS objects and JS module instances. Picking one opens
 * its editor in the inspector.
 */
export function EntityExplorer({
  workspaceId,
  pageId,
  doc,
}: {
  workspaceId: string;
  pageId: string;
  doc: PageDoc;
}) {
  const [picking, setPicking] = useState<"js" | "query" | null>(null);
  const queryInstances = useQueryModuleInstances(doc);
  const toggle = (kind: "js" | "query") => setPicking((p) => (p === kind ? null : kind));

  const addQuery = () => {
    const id = newEntityId();
    // A new query starts on the datasource of the last one, the usual case in one app, and
    // so of its kind; its datasource select moves it to another.
    const last = doc.queries.at(-1)?.config;
    const datasourceId = last?.datasourceId ?? null;
    const kind = last?.kind ?? "rest";
    useEditorStore.getState().editPage(pageId, (d) => addAppQuery(d, { id, datasourceId, kind }));
    openEntity({ kind: "query", id });
  };
  const addJs = () => {
    const id = newEntityId();
    useEditorStore.getState().editPage(pageId, (d) => addJsObject(d, { id }));
    openEntity({ kind: "jsObject", id });
  };

  return (
    <section className="ae-panel" aria-labelledby="ae-explorer-title">
      <h2 id="ae-explorer-title">Explorer</h2>

      <section aria-labelledby="ae-explorer-widgets">
        <h3 id="ae-explorer-widgets" className="ae-field-label">
          Widgets
        </h3>
        <WidgetTree widgets={doc.widgets} />
      </section>

      <section aria-labelledby="ae-explorer-queries">
        <div className="ae-panel-header">
          <h3 id="ae-explorer-queries" className="ae-field-label">
            Queries
          </h3>
          <span>
            <button type="button" className="ae-small-button" onClick={addQuery}>
              Add query
            </button>{" "}
            <button
              type="button"
              className="ae-small-button"
              aria-expanded={picking === "query"}
              onClick={() => toggle("query")}
            >
              Add module instance
            </button>
          </span>
        </div>
        {picking === "query" ? (
          <ModuleInstancePicker
            workspaceId={workspaceId}
            pageId={pageId}
            kind="query"
            onDone={() => setPicking(null)}
          />
        ) : null}
        <ul className="ae-list" aria-label="Queries">
          {doc.queries.map((query) => (
            <EntityItem key={query.id} entity={{ kind: "query", id: query.id }}>
              {query.name}
              <ProblemMarker entity={query.name} />
            </EntityItem>
          ))}
          {doc.moduleInstances
            .filter((instance) => queryInstances.has(instance.id))
            .map((instance) => (
              <ModuleInstanceItem key={instance.id} instance={instance} />
            ))}
        </ul>
      </section>

      <section aria-labelledby="ae-explorer-js">
        <div className="ae-panel-header">
          <h3 id="ae-explorer-js" className="ae-field-label">
            JS
          </h3>
          <span>
            <button type="button" className="ae-small-button" onClick={addJs}>
              Add JS object
            </button>{" "}
            <button
              type="button"
              className="ae-small-button"
              aria-expanded={picking === "js"}
              onClick={() => toggle("js")}
            >
              Add module instance
            </button>
          </span>
        </div>
        {picking === "js" ? (
          <ModuleInstancePicker workspaceId={workspaceId} pageId={pageId} onDone={() => setPicking(null)} />
        ) : null}
        <ul className="ae-list" aria-label="JS objects and module instances">
          {doc.jsObjects.map((js) => (
            <EntityItem key={js.id} entity={{ kind: "jsObject", id: js.id }}>
              {js.name}
            </EntityItem>
          ))}
          {doc.moduleInstances
            .filter((instance) => !queryInstances.has(instance.id))
            .map((instance) => (
              <ModuleInstanceItem key={instance.id} instance={instance} />
            ))}
        </ul>
      </section>
    </section>
  );
}
