import { idSchema } from "@tessera/model";
import { z } from "zod";

/** Route params schemas shared by several resources. */
export const workspaceParams = z.object({ workspaceId: idSchema });
export const datasourceParams = z.object({ datasourceId: idSchema });
export const packageParams = z.object({ packageId: idSchema });
export const moduleParams = z.object({ packageId: idSchema, moduleId: idSchema });
export const packageVersionParams = z.object({
  packageId: idSchema,
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const appParams = z.object({ appId: idSchema });
export const pageParams = z.object({ appId: idSchema, pageId: idSchema });
