import type { Browser, Page } from "@playwright/test";
import { HomePage } from "../fixtures/HomePage";
import { InvitationPage } from "../fixtures/InvitationPage";
import { MembersPage } from "../fixtures/MembersPage";
import { SignInPage } from "../fixtures/SignInPage";
import { stack } from "../fixtures/stack";
import { expect, test } from "../fixtures/test";

/** A browser of its own: none of the admin's cookies reach the invited person. */
async function freshPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: stack.platformUrl });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

const text = (id: string, value: string) => ({
  id,
  name: id,
  type: "Text",
  parentId: null,
  layout: { x: 0, y: 0, w: 24, h: 4 },
  props: { text: value },
});

test("an admin invites a developer and an existing user, changes and removes them; the last admin stays", async ({
  browser,
  page,
  pageErrors,
  api,
  home,
  members,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const workspace = `Team ${stamp}`;
  const existing = { email: `vera-${stamp}@example.com`, password: "vera-password-123", name: "Vera Viewer" };
  const newcomer = { email: `dana-${stamp}@example.com`, password: "dana-password-123", name: "Dana Dev" };
  // Sign-up does not sign in: the owner's session, opened last, is the one this page keeps.
  await api.signUp(existing.email, existing.password, existing.name);
  const owner = await api.newAuthor("Olive", workspace);
  await api.createPackage(owner.workspaceId, "Shared auth");
  const slug = await api.deployApp(
    owner.workspaceId,
    "Team portal",
    { widgets: [text("t", "Portal")] },
    false,
  );
  await api.createApp(owner.workspaceId, "Draft tool");

  await home.goto();
  await members.openFromHome(workspace);
  // The only admin can neither leave nor step down, and the page says why.
  await expect(members.roleMenu("Olive")).toHaveValue("admin");
  await expect(members.removeButton("Olive")).toBeDisabled();
  await expect(members.roleMenu("Olive")).toBeDisabled();
  await expect(page.getByText("A workspace needs at least one admin")).toBeVisible();
  await expect(members.pendingInvitations()).toContainText("No pending invitations.");

  // An invalid email refuses the whole list, naming the entry; nothing is written.
  await members.invite(`${newcomer.email}, not-an-email`, "Developer");
  await expect(members.inviteError()).toHaveText("not-an-email: must be an email address");
  await expect(members.pendingInvitations()).toContainText("No pending invitations.");

  // A new email gets a one-time link, to copy since no mail is sent.
  await members.invite(newcomer.email, "Developer");
  const link = await members.inviteLink(newcomer.email);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack.platformUrl });
  await members.copyLink(newcomer.email);
  await expect(page.getByText("Copied", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(
    members.pendingInvitations().getByRole("row", { name: new RegExp(newcomer.email) }),
  ).toContainText("Developer");

  // An existing account joins at once, as viewer.
  await members.invite(existing.email, "Viewer");
  await expect(
    page.getByRole("status").filter({ hasText: `${existing.email} joined as viewer.` }),
  ).toBeVisible();
  await expect(members.roleMenu(existing.name)).toHaveValue("viewer");
  await members.invite(existing.email, "Developer");
  await expect(members.inviteError()).toHaveText(`${existing.email} is already a member of this workspace`);

  // The newcomer opens the link in a browser of their own and sets a password.
  const dev = await freshPage(browser);
  const devInvitation = new InvitationPage(dev.page);
  await devInvitation.goto(link, workspace);
  await expect(devInvitation.email()).toHaveValue(newcomer.email);
  await expect(devInvitation.email()).not.toBeEditable();
  await expect(dev.page.getByRole("main")).toContainText("as developer");
  await devInvitation.accept(workspace, newcomer.name, newcomer.password);
  const devHome = new HomePage(dev.page);
  await expect(devHome.list("Packages", workspace)).toContainText("Shared auth");
  await expect(devHome.list("Apps", workspace)).toContainText("Team portal");
  await expect(devHome.list("Apps", workspace)).toContainText("Draft tool");

  await page.reload();
  await expect(members.roleMenu(newcomer.name)).toHaveValue("developer");
  await expect(members.pendingInvitations()).toContainText("No pending invitations.");

  // The viewer sees the deployed app only, opening in the viewer, and nothing of the drafts.
  const viewer = await freshPage(browser);
  await new SignInPage(viewer.page).goto();
  await new SignInPage(viewer.page).signIn(existing.email, existing.password);
  const viewerHome = new HomePage(viewer.page);
  const viewerApps = viewerHome.list("Apps", workspace);
  await expect(viewerApps.getByRole("link", { name: "Open app Team portal" })).toHaveAttribute(
    "href",
    `/app/${slug}`,
  );
  await expect(viewerApps).not.toContainText("Draft tool");
  await expect(viewerApps.getByRole("link", { name: /^Edit app/ })).toHaveCount(0);
  await expect(viewerHome.list("Packages", workspace)).toHaveCount(0);
  await expect(viewerHome.list("Datasources", workspace)).toHaveCount(0);

  // Promoted to developer, they see the packages on their next visit.
  await members.changeRole(existing.name, "Developer");
  await viewer.page.reload();
  await expect(viewerHome.list("Packages", workspace)).toContainText("Shared auth");

  // Removed, their open page no longer reaches the workspace.
  const removal = await members.remove(existing.name);
  await expect(removal).toBeHidden();
  await expect(members.member(existing.name)).toHaveCount(0);
  await viewerHome
    .list("Packages", workspace)
    .getByRole("link", { name: "Shared auth", exact: true })
    .click();
  await expect(viewer.page.getByRole("alert")).toContainText("Could not load the package");
  await viewerHome.goto();
  await expect(viewerHome.workspace(workspace)).toHaveCount(0);
  await expect(viewer.page.getByText("You are not in any workspace yet.", { exact: false })).toBeVisible();

  // Two admins on two pages: this one still shows Dana as admin after she was removed elsewhere,
  // so the server refuses removing the last admin, and the dialog says why.
  await members.changeRole(newcomer.name, "Admin");
  await expect(members.removeButton("Olive")).toBeEnabled();
  await api.removeMember(owner.workspaceId, newcomer.email);
  const refused = await members.remove("Olive");
  await expect(refused.getByRole("alert")).toContainText("A workspace needs at least one admin");
  await refused.getByRole("button", { name: "Cancel" }).click();
  await expect(members.member(newcomer.name)).toHaveCount(0);
  await expect(members.removeButton("Olive")).toBeDisabled();

  // The link worked once.
  const late = await freshPage(browser);
  const lateInvitation = new InvitationPage(late.page);
  await lateInvitation.goto(link);
  await expect(lateInvitation.refusal()).toHaveText("This invitation link was already used");
  await lateInvitation.goto(`/invite/not-a-token-${stamp}`);
  await expect(lateInvitation.refusal()).toContainText("This invitation link is not valid");

  // A revoked link says it was withdrawn.
  const withdrawn = `gone-${stamp}@example.com`;
  await members.invite(withdrawn, "Viewer");
  const revokedLink = await members.inviteLink(withdrawn);
  await members.revoke(withdrawn);
  await expect(members.pendingInvitations()).toContainText("No pending invitations.");
  await lateInvitation.goto(revokedLink);
  await expect(lateInvitation.refusal()).toContainText("This invitation was withdrawn");

  expect(pageErrors).toEqual([]);
  expect([...dev.errors, ...viewer.errors, ...late.errors]).toEqual([]);
});

test("an invited developer joins through the link alone and signs in with the password they set", async ({
  browser,
  api,
  home,
  members,
}) => {
  const stamp = Date.now();
  const workspace = `Security ${stamp}`;
  const email = `invitee-${stamp}@example.com`;
  const owner = await api.newAuthor("Owen", workspace);
  await api.createPackage(owner.workspaceId, "Billing");
  await home.goto();
  await members.openFromHome(workspace);
  await members.invite(email, "Developer");
  const link = await members.inviteLink(email);

  const invitee = await freshPage(browser);
  const invitation = new InvitationPage(invitee.page);
  await invitation.goto(link, workspace);
  await invitation.accept(workspace, "Ivy Invitee", "ivy-password-123");
  const inviteeHome = new HomePage(invitee.page);
  await expect(inviteeHome.list("Packages", workspace)).toContainText("Billing");

  // A developer reads the members but manages nothing.
  const inviteeMembers = new MembersPage(invitee.page);
  await inviteeMembers.openFromHome(workspace);
  await expect(inviteeMembers.member("Owen")).toContainText("Admin");
  await expect(inviteeMembers.inviteForm()).toHaveCount(0);
  await expect(invitee.page.getByRole("combobox")).toHaveCount(0);
  await expect(invitee.page.getByRole("button", { name: /^Remove / })).toHaveCount(0);

  // The password set on the invitation page is the account's.
  await invitee.page.getByRole("button", { name: "Sign out" }).click();
  const signIn = new SignInPage(invitee.page);
  await expect(signIn.email()).toBeVisible();
  await signIn.signIn(email, "ivy-password-123");
  await expect(inviteeHome.list("Packages", workspace)).toContainText("Billing");
  expect(invitee.errors).toEqual([]);
});
