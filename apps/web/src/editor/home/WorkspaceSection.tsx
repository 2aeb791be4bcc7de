import type { Workspace } from "@tessera/model";
import { AppsSection } from "./AppsSection";
import { DatasourcesSection } from "./DatasourcesSection";
import { ImportExportSection } from "./ImportExportSection";
import { PackagesSection } from "./PackagesSection";
import { RenameDeleteButtons } from "./RenameDeleteButtons";

/** One workspace on the home page: its apps, packages and datasources. */
export function WorkspaceSection(props: {
  workspace: Workspace;
  onRename: () => void;
  onDelete: () => void;
}) {
  const { workspace } = props;
  const headingId = `workspace-${workspace.id}`;
  return (
    <section className="workspace" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{workspace.name}</h2>
        <span className="muted">{workspace.role}</span>
        <span className="topbar-spacer" />
        {workspace.role === "admin" && (
          <RenameDeleteButtons
            noun="workspace"
            name={workspace.name}
            onRename={props.onRename}
            onDelete={props.onDelete}
          />
        )}
      </div>
      <div className="workspace-columns">
        <AppsSection workspaceId={workspace.id} />
        <PackagesSection workspaceId={workspace.id} />
        <DatasourcesSection workspaceId={workspace.id} />
      </div>
      <ImportExportSection workspaceId={workspace.id} canImport={workspace.role !== "viewer"} />
    </section>
  );
}
