import type { BreakingUse } from "@tessera/model";
import { ApiError } from "../errors";

/**
 * 409 `breaking_change`: publishing would take away something apps use. The answer lists
 * the affected uses, so the editor can show them and ask to publish anyway (`confirm: true`).
 */
export class BreakingChangeError extends ApiError {
  readonly affected: BreakingUse[];

  constructor(affected: BreakingUse[]) {
    const apps = [...new Set(affected.map((use) => use.app.name))];
    super(
      409,
      "breaking_change",
      `Publishing removes what ${apps.length === 1 ? "the app" : "the apps"} ${apps.join(", ")} ${
        apps.length === 1 ? "uses" : "use"
      }: ${[...new Set(affected.flatMap((use) => use.removed))].join(", ")}. Publish again with confirm to go ahead.`,
    );
    this.affected = affected;
  }

  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, affected: this.affected } };
  }
}
