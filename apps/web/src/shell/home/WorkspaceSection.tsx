import type { Workspace } from "@tessera/model";
import { Link } from "../../shared/components/Link";
import { AppsSection } from "./AppsSection";
import { DatasourcesSection } from "./DatasourcesSection";
import { ImportExportSection } from "./ImportExportSection";
import { PackagesSection } from "./PackagesSection";
import { RenameDeleteButtons } from "./RenameDeleteButtons";

/**
 * One workspace on the home page: its apps, packages and datasources, and the way to its
 * members. A viewer sees only the deployed apps: the server refuses them the rest.
 */
export function WorkspaceSection(props: {
  workspace: Workspace;
  onRename: () => void;
  onDelete: () => void;
}) {
  const { workspace } = props;
  const headingId = `workspace-${workspace.id}`;
  const canEdit = workspace.role !== "viewer";
  return (
    <section className="workspace" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{workspace.name}</h2>
        <span className="muted">{workspace.role}</span>
        <span className="topbar-spacer" />
        <Link href={`/workspaces/${workspace.id}/members`} aria-label={`Members of ${workspace.name}`}>
          Members
        </Link>
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
        <AppsSection workspaceId={workspace.id} canEdit={canEdit} />
        {canEdit && <PackagesSection workspaceId={workspace.id} />}
        {canEdit && <DatasourcesSection workspaceId={workspace.id} />}
      </div>
      {canEdit && <ImportExportSection workspaceId={workspace.id} />}
    </section>
  );
}
