import type { Response } from "express";
import type { Logger } from "pino";
import type { SessionUser } from "../../auth/sessionUser";
import { ApiError } from "../../errors";
import { PLAIN_UPSTREAM_MESSAGES } from "../../execution/executionErrors";
import { requestIdOf } from "../../middlewares/requestLogger";
import type { Store } from "../../store/Store";

/** Who asked for a run, and the workspace whose query it is. */
export interface RunCaller {
  user: SessionUser | null;
  workspaceId: string;
  res: Response;
}

/** Passes a run's outcome through, with upstream failures reworded for non-members. */
export type UpstreamErrorMask = <T>(run: Promise<T>, caller: RunCaller) => Promise<T>;

/**
 * Keeps internal addresses out of what a public app shows its visitors: an upstream failure
 * (unreachable, DNS, timeout, refused address...) answers a caller who is not a member of the
 * app's workspace with the same status and code but a plain message and the request id; the
 * detail goes to the log under that id. Members (editor, preview, their own deployed apps)
 * keep the detail they need to fix the datasource.
 *
 * @example const result = await mask(executeQuery(...), { user, workspaceId, res });
 */
export function createUpstreamErrorMask(store: Store, logger: Logger): UpstreamErrorMask {
  return (run, caller) =>
    run.catch(async (error: unknown) => {
      const plain = error instanceof ApiError ? PLAIN_UPSTREAM_MESSAGES.get(error.code) : undefined;
      if (!plain || !(error instanceof ApiError)) throw error;
      // Only a failed run pays this lookup.
      if (caller.user && (await store.workspaces.findRole(caller.workspaceId, caller.user.id))) throw error;
      const requestId = requestIdOf(caller.res);
      logger.warn(
        { requestId, code: error.code, detail: error.message },
        "upstream failure; its detail was kept from a caller outside the workspace",
      );
      throw new ApiError(error.status, error.code, `${plain} Request id: ${requestId}`, {
        headers: error.headers,
      });
    });
}
