import { createAppSessionsRepository } from "./repositories/appSessions";
import { createAppsRepository } from "./repositories/apps";
import { createDatasourcesRepository } from "./repositories/datasources";
import { createDeploymentsRepository } from "./repositories/deployments";
import { createInvitationsRepository } from "./repositories/invitations";
import { createLimitsRepository } from "./repositories/limits";
import { createLocksRepository } from "./repositories/locks";
import { createPackagesRepository } from "./repositories/packages";
import { createPagesRepository } from "./repositories/pages";
import { createSessionsRepository } from "./repositories/sessions";
import { createSettingsRepository } from "./repositories/settings";
import { createUsageRepository } from "./repositories/usage";
import { createUsersRepository } from "./repositories/users";
import { createWorkspacesRepository } from "./repositories/workspaces";
import type { Repositories, RepositoryContext } from "./Store";

/** Every repository bound to one handle: the store's, or a transaction's. */
export function createRepositories(ctx: RepositoryContext): Repositories {
  return {
    users: createUsersRepository(ctx),
    sessions: createSessionsRepository(ctx),
    workspaces: createWorkspacesRepository(ctx),
    invitations: createInvitationsRepository(ctx),
    datasources: createDatasourcesRepository(ctx),
    packages: createPackagesRepository(ctx),
    apps: createAppsRepository(ctx),
    pages: createPagesRepository(ctx),
    deployments: createDeploymentsRepository(ctx),
    usage: createUsageRepository(ctx),
    settings: createSettingsRepository(ctx),
    locks: createLocksRepository(ctx),
    limits: createLimitsRepository(ctx),
    appSessions: createAppSessionsRepository(ctx),
  };
}
