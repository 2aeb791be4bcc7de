import { type DraftModule, moduleBodySchema } from "@tessera/model";
import type { ModuleRow } from "../packages/packageRows";

/** A draft module with the revision its next save must name. */
export function presentDraftModule(row: ModuleRow): DraftModule {
  return {
    id: row.id,
    revision: row.revision,
    updatedAt: row.updated_at,
    module: moduleBodySchema.parse(JSON.parse(row.body_json)),
  };
}
