import type { RunnableRestDatasource } from "../../../datasources/openDatasourceForRun";
import { ApiError } from "../../../errors";
import type { DatasourceTestResult, KindContext } from "../DatasourceKind";
import { executeQuery } from "./executeQuery";

/**
 * Calls a REST datasource's base URL and says whether it answers: any status below 500 is an
 * answer (an API root often says 401 or 404 and is still up); no answer is `ok: false` with the
 * failure's message, never a thrown error.
 */
export async function testRestDatasource(
  ctx: KindContext,
  datasource: RunnableRestDatasource,
): Promise<DatasourceTestResult> {
  try {
    const result = await executeQuery(
      ctx.client,
      datasource,
      // GET on the base URL itself, with the datasource's headers and nothing of a query.
      { datasourceId: datasource.id, method: "GET", path: "", queryParams: [], headers: [], body: "" },
      {},
    );
    return {
      ok: result.status < 500,
      status: result.status,
      message:
        result.status < 500
          ? `${datasource.baseUrl} answered HTTP ${result.status} in ${Math.round(result.durationMs)} ms`
          : `${datasource.baseUrl} answered HTTP ${result.status}: the service reports an error`,
    };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, message: error.message };
    throw error;
  }
}
