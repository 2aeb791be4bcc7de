import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Member, Role } from "@tessera/model";
import { useId, useState } from "react";
import { changeMemberRole, membersQueryOptions, removeMember } from "../../api/members";
import { workspacesQueryOptions } from "../../api/workspaces";
import { ConfirmDialog } from "../../shared/components/ConfirmDialog";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Loading } from "../../shared/components/Loading";
import { usePendingAction } from "../../shared/hooks/usePendingAction";
import { navigate } from "../router";
import { RoleSelect } from "./RoleSelect";
import { roleLabels } from "./roleLabels";

/**
 * A workspace's members: name, email, role and when they joined. An admin changes roles from
 * a menu and removes members after confirming; everyone else reads the list. The only admin's
 * row cannot lose its role, and says why; the server refuses it anyway (two admins demoting
 * each other from stale pages), and its reason shows above the list.
 */
export function MemberList(props: { workspaceId: string; canManage: boolean; currentUserId: string }) {
  const { workspaceId, canManage, currentUserId } = props;
  const queryClient = useQueryClient();
  const options = membersQueryOptions(workspaceId);
  const members = useQuery(options);
  const headingId = useId();
  const soleAdminId = useId();
  const [removing, setRemoving] = useState<Member | null>(null);
  const { pending, error, run } = usePendingAction();

  // The role of the signed-in user rides on the workspace list (home page, this page's controls).
  const refresh = (member: Member) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: options.queryKey }),
      member.userId === currentUserId &&
        queryClient.invalidateQueries({ queryKey: workspacesQueryOptions().queryKey }),
    ]);

  const changeRole = (member: Member, role: Role) =>
    run(async () => {
      try {
        await changeMemberRole(workspaceId, member.userId, role);
      } finally {
        // Refused or not, the list shows the roles as the server has them now.
        await refresh(member);
      }
    });

  const admins = members.data?.filter((m) => m.role === "admin").length ?? 0;

  return (
    <section className="members" aria-labelledby={headingId}>
      <h2 id={headingId}>Members</h2>
      {members.isPending ? (
        <Loading label="Loading members…" />
      ) : members.isError ? (
        <ErrorMessage error={members.error} prefix="Could not load the members" />
      ) : (
        <>
          <ErrorMessage error={error} prefix="Could not change the role" />
          {canManage && admins === 1 && (
            <p id={soleAdminId} className="hint">
              A workspace needs at least one admin: make someone else admin before the only admin changes role
              or leaves.
            </p>
          )}
          <table className="members-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => {
                const soleAdmin = member.role === "admin" && admins === 1;
                const you = member.userId === currentUserId;
                return (
                  <tr key={member.userId}>
                    <th scope="row">
                      {member.name}
                      {you && <span className="muted"> (you)</span>}
                    </th>
                    <td>{member.email}</td>
                    <td>
                      {canManage ? (
                        <RoleSelect
                          aria-label={`Role of ${member.name}`}
                          aria-describedby={soleAdmin ? soleAdminId : undefined}
                          value={member.role}
                          disabled={pending || soleAdmin}
                          onRole={(role) => void changeRole(member, role)}
                        />
                      ) : (
                        roleLabels[member.role].label
                      )}
                    </td>
                    <td>
                      <time dateTime={member.joinedAt}>{new Date(member.joinedAt).toLocaleDateString()}</time>
                    </td>
                    {canManage && (
                      <td>
                        <button
                          type="button"
                          className="danger-text"
                          aria-label={`Remove ${member.name}`}
                          aria-describedby={soleAdmin ? soleAdminId : undefined}
                          disabled={soleAdmin}
                          onClick={() => setRemoving(member)}
                        >
                          Remove
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          message={
            removing.userId === currentUserId
              ? "You lose access to this workspace at once."
              : `${removing.email} loses access to this workspace's apps, packages and datasources at once.`
          }
          confirmLabel="Remove member"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            try {
              await removeMember(workspaceId, removing.userId);
            } finally {
              await refresh(removing);
            }
            if (removing.userId === currentUserId) navigate("/", { replace: true });
          }}
        />
      )}
    </section>
  );
}
