import type { ImportMissing } from "@tessera/model";
import { ApiError } from "../errors";

/**
 * 409 `missing_packages`: an app file uses package versions the workspace does not have.
 * Nothing is imported; the answer lists what to import first.
 */
export class MissingPackagesError extends ApiError {
  readonly missing: ImportMissing;

  constructor(missing: ImportMissing) {
    super(
      409,
      "missing_packages",
      `Import these packages first: ${missing.packages.map((p) => `${p.name} v${p.version}`).join(", ")}`,
    );
    this.missing = missing;
  }

  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, missing: this.missing } };
  }
}
