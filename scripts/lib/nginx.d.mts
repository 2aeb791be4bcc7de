// Types for the TypeScript callers of nginx.mjs (apps/server's startCluster).
import type { ChildProcess } from "node:child_process";

export const NGINX: string;
export function nginxUnavailable(): string | null;
export function nginxConfig(options: {
  dir: string;
  port: number;
  upstreams: number[];
  workerUser?: string | null;
}): string;
export interface RunningNginx {
  url: string;
  process: ChildProcess;
  /** nginx's error log: why it gave up on an upstream. */
  errors(): string;
  /** How many requests each upstream (host:port) answered so far, from the access log. */
  requestsPerUpstream(): Record<string, number>;
  stop(): Promise<void>;
}
export function startNginx(options: {
  port: number;
  upstreams: number[];
  healthPath?: string;
}): Promise<RunningNginx>;
