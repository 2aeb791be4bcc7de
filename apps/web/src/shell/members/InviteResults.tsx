import type { InviteOutcome } from "@tessera/model";
import { CopyLinkField } from "./CopyLinkField";
import { roleLabels } from "./roleLabels";

/**
 * What the last invite did, per email: who joined, and the one-time link of each new email.
 * The links exist only here: the server keeps no way to show them again.
 */
export function InviteResults({ results }: { results: InviteOutcome[] }) {
  if (results.length === 0) return null;
  const invited = results.some((r) => r.outcome === "invited");
  return (
    <div className="invite-results" role="status">
      {invited && (
        <p className="note">
          Tessera sends no email: pass each link on yourself. It works once, and only until it expires.
        </p>
      )}
      <ul aria-label="Invite results">
        {results.map((result) =>
          result.outcome === "added" ? (
            <li key={result.email}>
              <span className="ok">{result.email}</span> joined as{" "}
              {roleLabels[result.member.role].label.toLowerCase()}.
            </li>
          ) : (
            <li key={result.email}>
              <span>
                Invited {result.email} as {roleLabels[result.invitation.role].label.toLowerCase()}:
              </span>
              <CopyLinkField label={`Invitation link for ${result.email}`} link={result.link} />
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
