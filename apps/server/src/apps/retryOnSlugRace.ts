import { SlugTakenError } from "../store/repositories/apps";
import type { Repositories, Store } from "../store/Store";
import { slugTaken } from "./slugTaken";

// Each retry follows an app that took the slug this one picked at the same time; of n
// transactions racing for one name, every round lets at least one through.
const ATTEMPTS = 10;

/**
 * Runs `work` in a transaction; when its app insert loses a slug to a concurrent one (only
 * PostgreSQL lets two transactions pass the check), runs it again so it picks the next free
 * slug. A slug the caller chose, or a transaction the caller owns, is not retried: 409.
 */
export async function retryOnSlugRace<T>(
  repos: Store | Repositories,
  options: { slugChosen: boolean },
  work: (tx: Repositories) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return "transaction" in repos ? await repos.transaction(work) : await work(repos);
    } catch (error) {
      if (!(error instanceof SlugTakenError)) throw error;
      if (options.slugChosen || !("transaction" in repos) || attempt === ATTEMPTS)
        throw slugTaken(error.slug);
    }
  }
}
