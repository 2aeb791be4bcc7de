import type { DraftModule } from "@tessera/model";
import type { DraftModuleRecord } from "../store/repositories/packages";

/** A draft module with the revision its next save must name. */
export function presentDraftModule(module: DraftModuleRecord): DraftModule {
  return { id: module.id, revision: module.revision, updatedAt: module.updatedAt, module: module.body };
}
