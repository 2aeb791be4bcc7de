import { useQuery } from "@tanstack/react-query";
import { sessionQueryOptions } from "../../api/auth";
import { workspacesQueryOptions } from "../../api/workspaces";
import { Link } from "../../shared/components/Link";
import { LoadFailedPage } from "../../shared/components/LoadFailedPage";
import { Loading } from "../../shared/components/Loading";
import { InviteForm } from "./InviteForm";
import { MemberList } from "./MemberList";
import { PendingInvitations } from "./PendingInvitations";

/**
 * A workspace's members (`/workspaces/:workspaceId/members`). Admins invite, change roles,
 * remove members and revoke invitations; developers and viewers read the member list.
 */
export function MembersPage({ workspaceId }: { workspaceId: string }) {
  const workspaces = useQuery(workspacesQueryOptions());
  const session = useQuery(sessionQueryOptions());

  if (workspaces.isPending || !session.data) return <Loading />;
  if (workspaces.isError)
    return <LoadFailedPage error={workspaces.error} prefix="Could not load the workspace" />;
  // The signed-in user's own list is the access check: a workspace outside it reads as absent.
  const workspace = workspaces.data.find((w) => w.id === workspaceId);
  if (!workspace)
    return (
      <LoadFailedPage
        error={new Error("You are not a member of this workspace, or it no longer exists")}
        prefix="No access"
      />
    );
  const isAdmin = workspace.role === "admin";

  return (
    <main className="page members-page">
      <p className="breadcrumb">
        <Link href="/">Workspaces</Link> / {workspace.name}
      </p>
      <div className="section-head">
        <h1>Members of {workspace.name}</h1>
      </div>
      {!isAdmin && <p className="hint">Only the workspace's admins can invite people or change roles.</p>}
      {isAdmin && <InviteForm workspaceId={workspaceId} />}
      <MemberList workspaceId={workspaceId} canManage={isAdmin} currentUserId={session.data.id} />
      {isAdmin && <PendingInvitations workspaceId={workspaceId} />}
    </main>
  );
}
