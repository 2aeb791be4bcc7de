import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { Member } from "@tessera/model";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { membersQueryOptions } from "../../api/members";
import { MemberList } from "./MemberList";

const olive: Member = {
  userId: "u1",
  email: "olive@example.com",
  name: "Olive",
  role: "admin",
  joinedAt: "2026-01-02T10:00:00.000Z",
};
const dana: Member = { ...olive, userId: "u2", email: "dana@example.com", name: "Dana", role: "developer" };

function render(members: Member[], canManage: boolean): string {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  client.setQueryData(membersQueryOptions("w1").queryKey, members);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemberList workspaceId="w1" canManage={canManage} currentUserId="u1" />
    </QueryClientProvider>,
  );
}

/** The opening tag of the control with this accessible name. */
function control(html: string, label: string): string {
  const tag = new RegExp(`<(select|button)[^>]*aria-label="${label}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no control named ${label}`);
  return tag;
}

describe("MemberList", () => {
  it("locks the only admin's role and removal, and says why", () => {
    const html = render([olive, dana], true);
    expect(control(html, "Role of Olive")).toContain('disabled=""');
    expect(control(html, "Remove Olive")).toContain('disabled=""');
    expect(control(html, "Role of Olive")).toMatch(/aria-describedby="[^"]+"/);
    expect(html).toContain("A workspace needs at least one admin");
    expect(control(html, "Role of Dana")).not.toContain("disabled");
    expect(control(html, "Remove Dana")).not.toContain("disabled");
  });

  it("lets either of two admins step down", () => {
    const html = render([olive, { ...dana, role: "admin" }], true);
    expect(control(html, "Role of Olive")).not.toContain("disabled");
    expect(control(html, "Remove Olive")).not.toContain("disabled");
    expect(html).not.toContain("A workspace needs at least one admin");
  });

  it("shows developers and viewers the list without controls", () => {
    const html = render([olive, dana], false);
    expect(html).not.toContain("<select");
    expect(html).not.toContain("<button");
    expect(html).toContain("<td>Developer</td>");
    expect(html).toContain("dana@example.com");
    expect(html).toContain('dateTime="2026-01-02T10:00:00.000Z"');
  });
});
