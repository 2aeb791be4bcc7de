import { deploymentChangesSchema } from "@tessera/model";
import { z } from "zod";
import { appDeployer } from "../../commands/appDeployer";
import { pendingDeploymentChanges } from "../../deployments/pendingDeploymentChanges";
import { presentDeployment } from "../../presenters/presentDeployment";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import { appParams } from "../routeParams";

const deploymentSchema = z.object({
  version: z.number(),
  deployedAt: z.string(),
  packages: z.array(z.object({ packageId: z.string(), version: z.number() })),
});

/** Deploying apps and listing their deployments. */
export function deploymentRoutes(api: ApiRegistry): void {
  const { store } = api.context;

  route(api, {
    method: "post",
    path: "/api/v1/apps/:appId/deploy",
    summary: "Deploy the app's drafts as the next immutable deployment",
    auth: "member:developer",
    params: appParams,
    status: 201,
    response: z.object({ deployment: deploymentSchema }),
    handler: async ({ params, user }) => ({
      deployment: presentDeployment(await appDeployer(store, params.appId, user.id)),
    }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/apps/:appId/deploy/changes",
    summary:
      "What deploying now would change: pages, queries and module versions of the drafts vs the latest deployment",
    auth: "member:developer",
    params: appParams,
    response: z.object({ latestDeployment: z.number().nullable(), changes: deploymentChangesSchema }),
    handler: ({ params }) => pendingDeploymentChanges(store, params.appId),
  });

  route(api, {
    method: "get",
    path: "/api/v1/apps/:appId/deployments",
    summary: "The deployments of an app, newest first",
    auth: "member:viewer",
    params: appParams,
    response: z.object({ deployments: z.array(deploymentSchema) }),
    handler: async ({ params }) => ({
      deployments: (await store.deployments.listForApp(params.appId)).map(presentDeployment),
    }),
  });
}
