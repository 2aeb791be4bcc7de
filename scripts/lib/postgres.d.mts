// Types for the TypeScript callers of postgres.mjs (apps/server's datasource tests).
export function findPostgresBin(): string | null;
export function freePort(): Promise<number>;
export interface RunningPostgres {
  /** The superuser's URL to the `postgres` database (trust auth on 127.0.0.1). */
  url: string;
  dir: string;
  port: number;
  stop(): void;
}
export function startPostgres(options?: { quiet?: boolean }): Promise<RunningPostgres | null>;
