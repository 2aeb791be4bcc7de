import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Invitation } from "@tessera/model";
import { useId, useState } from "react";
import { invitationsQueryOptions, revokeInvitation } from "../../api/invitations";
import { ConfirmDialog } from "../../shared/components/ConfirmDialog";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Loading } from "../../shared/components/Loading";
import { roleLabels } from "./roleLabels";

/** The invitations nobody has accepted yet, with their role and expiry; an admin revokes them. */
export function PendingInvitations({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const options = invitationsQueryOptions(workspaceId);
  const invitations = useQuery(options);
  const headingId = useId();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <section className="members" aria-labelledby={headingId}>
      <h2 id={headingId}>Pending invitations</h2>
      {invitations.isPending ? (
        <Loading label="Loading invitations…" />
      ) : invitations.isError ? (
        <ErrorMessage error={invitations.error} prefix="Could not load the invitations" />
      ) : invitations.data.length === 0 ? (
        <p className="empty">No pending invitations.</p>
      ) : (
        <table className="members-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">{invitation.email}</th>
                <td>{roleLabels[invitation.role].label}</td>
                <td>
                  <time dateTime={invitation.expiresAt}>
                    {new Date(invitation.expiresAt).toLocaleString()}
                  </time>
                </td>
                <td>
                  <button
                    type="button"
                    className="danger-text"
                    aria-label={`Revoke invitation for ${invitation.email}`}
                    onClick={() => setRevoking(invitation)}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoking && (
        <ConfirmDialog
          title={`Revoke the invitation for ${revoking.email}?`}
          message="Its link stops working. You can invite the same email again later."
          confirmLabel="Revoke invitation"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await revokeInvitation(workspaceId, revoking.id);
            await queryClient.invalidateQueries({ queryKey: options.queryKey });
          }}
        />
      )}
    </section>
  );
}
