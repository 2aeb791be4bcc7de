import type { ModuleInstance, PageDoc } from "@tessera/model";
import { entityNames, nextEntityName } from "./entityNames";

export interface AddModuleInstanceArgs {
  id: string;
  packageId: string;
  moduleName: string;
  /** The package version to pin, usually the latest published one. */
  version: number;
}

/**
 * Adds an instance of a published module (JS or query), named after it: Login1, Login2, ...
 * Its inputs start unset, so they take the module's defaults.
 */
export function addModuleInstance(doc: PageDoc, args: AddModuleInstanceArgs): PageDoc {
  const instance: ModuleInstance = {
    id: args.id,
    name: nextEntityName(args.moduleName, entityNames(doc)),
    packageId: args.packageId,
    moduleName: args.moduleName,
    version: args.version,
    runOnPageLoad: [],
    inputs: {},
    confirmBeforeRun: false,
  };
  return { ...doc, moduleInstances: [...doc.moduleInstances, instance] };
}
