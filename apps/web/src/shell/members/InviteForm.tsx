import { useQueryClient } from "@tanstack/react-query";
import type { InviteOutcome, Role } from "@tessera/model";
import { type FormEvent, useId, useState } from "react";
import { invitationsQueryOptions, inviteMembers } from "../../api/invitations";
import { membersQueryOptions } from "../../api/members";
import { usePendingAction } from "../../shared/hooks/usePendingAction";
import { InviteResults } from "./InviteResults";
import { inviteErrorText } from "./inviteErrorText";
import { parseEmails } from "./parseEmails";
import { RoleSelect } from "./RoleSelect";
import { roleLabels } from "./roleLabels";

/**
 * Invites one or more emails with one role. People who have an account join at once; the
 * others get a one-time link, shown here to pass on since the platform sends no mail. A
 * refusal (an invalid email, someone already a member) invites nobody and shows by the field.
 */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [role, setRole] = useState<Role>("developer");
  const [sent, setSent] = useState<string[]>([]);
  const [results, setResults] = useState<InviteOutcome[]>([]);
  const { pending, error, run } = usePendingAction();
  const headingId = useId();
  const hintId = useId();
  const errorId = useId();
  const roleHintId = useId();
  const roleId = useId();
  const emails = parseEmails(text);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(emails);
    void run(async () => {
      const outcomes = await inviteMembers(workspaceId, { emails, role });
      setResults(outcomes);
      setText("");
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: membersQueryOptions(workspaceId).queryKey }),
        queryClient.invalidateQueries({ queryKey: invitationsQueryOptions(workspaceId).queryKey }),
      ]);
    });
  };

  return (
    <section className="invite" aria-labelledby={headingId}>
      <h2 id={headingId}>Invite people</h2>
      <form className="form invite-form" onSubmit={submit} aria-labelledby={headingId}>
        <label>
          Emails
          <textarea
            value={text}
            rows={3}
            onChange={(e) => setText(e.target.value)}
            placeholder="ada@example.com, grace@example.com"
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            aria-invalid={error ? true : undefined}
            required
          />
        </label>
        {error ? (
          <p id={errorId} className="error" role="alert">
            {inviteErrorText(error, sent)}
          </p>
        ) : null}
        <p id={hintId} className="hint">
          Separate several with commas, spaces or new lines. People who already have an account join at once;
          the others get a link to set their password.
        </p>
        <label htmlFor={roleId}>Role</label>
        <RoleSelect id={roleId} value={role} onRole={setRole} aria-describedby={roleHintId} />
        <p id={roleHintId} className="hint">
          {roleLabels[role].label}s can {roleLabels[role].can}.
        </p>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={pending || emails.length === 0}>
            {pending ? "Inviting…" : "Invite"}
          </button>
        </div>
      </form>
      <InviteResults results={results} />
    </section>
  );
}
