import { formatError } from "../evaluation/formatError";
import { currentBudget, startBudget } from "../sandbox/budget";
import { queryErrorMessage } from "./queryErrorMessage";
import type { EngineHost, QueryRunRequest } from "./types";

/** What a query entity needs from the runtime. */
export interface QueryContext {
  host: EngineHost;
  /** The graph path of the entity (`Query1`, or `Login1/sign_in` inside a module). */
  path: string;
  /** Names the query to the host. */
  request: Omit<QueryRunRequest, "values">;
  /**
   * Evaluates the query's bindings for a run with these params; a module query also gives
   * the input values it runs with.
   */
  evaluate: (params: Record<string, unknown>) => {
    values: Record<string, unknown>;
    inputs?: Record<string, unknown>;
  };
  /** Ask before each run ("confirm before running"). */
  confirmBeforeRun?: boolean;
  /** Refuses to run while a binding is evaluated (throws). */
  assertTrigger: (what: string) => void;
  /** Properties of the entity changed: re-run what depends on them and tell listeners. */
  changed: (paths: string[]) => void;
}

/** The error a failed run rejects with; `.message` is what the upstream said. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

/**
 * A query as user code sees it: `data`, `isLoading`, `responseMeta`, `error`, and `run(params)`,
 * which resolves with the data or rejects with the upstream's message, and `clear()`.
 */
export function createQueryEntity(context: QueryContext): Record<string, unknown> {
  const entity: Record<string, unknown> = {
    data: undefined,
    isLoading: false,
    responseMeta: {},
    error: undefined,
  };
  // `Login1/sign_in` inside a module reads as Login1.sign_in; `Users1`, an instance, as itself.
  const name = context.path.replace("/", ".");
  const set = (patch: Record<string, unknown>) => {
    Object.assign(entity, patch);
    context.changed(Object.keys(patch).map((key) => `${context.path}.${key}`));
  };

  entity.run = async (params?: unknown): Promise<unknown> => {
    context.assertTrigger(`${name}.run`);
    const { limitMs, label } = currentBudget();
    const runParams =
      typeof params === "object" && params !== null ? (params as Record<string, unknown>) : {};
    let evaluated: ReturnType<QueryContext["evaluate"]>;
    try {
      evaluated = context.evaluate(runParams);
    } catch (error) {
      set({ error: formatError(error) });
      throw error;
    }
    if (context.confirmBeforeRun && context.host.confirmRun) {
      const confirmed = await context.host.confirmRun(name);
      startBudget(limitMs, label);
      if (!confirmed) throw new QueryError(`Running ${name} was cancelled`);
    }
    set({ isLoading: true });
    let result: Awaited<ReturnType<EngineHost["runQuery"]>>;
    try {
      const { values, inputs } = evaluated;
      result = await context.host.runQuery(
        inputs ? { ...context.request, values, inputs } : { ...context.request, values },
      );
    } catch (error) {
      startBudget(limitMs, label);
      const message = formatError(error);
      set({ isLoading: false, error: message, responseMeta: { isExecutionSuccess: false } });
      throw new QueryError(message);
    }
    // The caller's code resumes now: its time spent waiting for the network is not its own.
    startBudget(limitMs, label);
    const responseMeta = {
      statusCode: result.status,
      headers: result.headers,
      isExecutionSuccess: result.ok,
      durationMs: result.durationMs,
    };
    if (!result.ok) {
      const message = queryErrorMessage(result);
      set({ isLoading: false, data: result.body, error: message, responseMeta });
      throw new QueryError(message, result.status, result.body);
    }
    set({ isLoading: false, data: result.body, error: undefined, responseMeta });
    return result.body;
  };

  entity.clear = async (): Promise<void> => {
    set({ data: undefined, error: undefined, responseMeta: {} });
  };
  return entity;
}
