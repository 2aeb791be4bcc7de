import { DEFAULT_APP_SETTINGS, emptyPageDoc, slugify } from "@tessera/model";
import { freeAppSlug } from "../apps/freeAppSlug";
import { retryOnSlugRace } from "../apps/retryOnSlugRace";
import { slugTaken } from "../apps/slugTaken";
import { newId } from "../store/newId";
import type { AppRecord } from "../store/repositories/apps";
import type { PageRecord } from "../store/repositories/pages";
import type { Repositories, Store } from "../store/Store";

type AppInput = { workspaceId: string; name: string; slug?: string; isPublic?: boolean };

/**
 * Creates an app with a first home page "Page1", in one transaction. The slug is the
 * viewer URL, unique across the instance: a given slug that is taken is a 409, a slug made
 * from the name gets a numeric suffix instead.
 */
export function appCreator(
  target: Store | Repositories,
  input: AppInput,
): Promise<{ app: AppRecord; pages: PageRecord[] }> {
  return retryOnSlugRace(target, { slugChosen: input.slug !== undefined }, async (tx) => {
    if (input.slug && (await tx.apps.isSlugTaken(input.slug))) throw slugTaken(input.slug);
    const now = new Date().toISOString();
    const app: AppRecord = {
      id: newId(),
      workspaceId: input.workspaceId,
      name: input.name,
      slug: input.slug ?? (await freeAppSlug(tx, slugify(input.name))),
      isPublic: input.isPublic ?? false,
      settings: DEFAULT_APP_SETTINGS,
      latestDeployment: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.apps.insert(app);
    const page = {
      id: newId(),
      appId: app.id,
      name: "Page1",
      slug: "page1",
      order: 0,
      isHome: true,
      doc: emptyPageDoc(),
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.pages.insert(page);
    const { doc: _doc, ...meta } = page;
    return { app, pages: [meta] };
  });
}
