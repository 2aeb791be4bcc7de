import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api/ApiRequestError";
import { inviteErrorText } from "./inviteErrorText";

const emails = ["a@x.com", "bob@", "c@x.com"];

describe("inviteErrorText", () => {
  it("names the invalid email instead of its index in the request", () => {
    const error = new ApiRequestError({
      status: 400,
      code: "invalid_request",
      message: "body.emails.1: must be an email address",
      path: "body.emails.1",
    });
    expect(inviteErrorText(error, emails)).toBe("bob@: must be an email address");
  });

  it("keeps the server's message when the index is not one that was sent", () => {
    const error = new ApiRequestError({
      status: 400,
      code: "invalid_request",
      message: "body.emails.7: must be an email address",
      path: "body.emails.7",
    });
    expect(inviteErrorText(error, emails)).toBe("body.emails.7: must be an email address");
  });

  it("leaves other refusals as the server wrote them", () => {
    const conflict = new ApiRequestError({
      status: 409,
      code: "already_member",
      message: "a@x.com is already a member of this workspace",
      path: "body.emails.0",
    });
    expect(inviteErrorText(conflict, emails)).toBe("a@x.com is already a member of this workspace");
    const role = new ApiRequestError({
      status: 400,
      code: "invalid_request",
      message: "body.role: invalid option",
      path: "body.role",
    });
    expect(inviteErrorText(role, emails)).toBe("body.role: invalid option");
  });
});
