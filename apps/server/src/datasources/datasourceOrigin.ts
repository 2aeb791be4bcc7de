/**
 * The origin (scheme, host, port) of a datasource's base URL: what a secret is bound to and
 * what a deployment records. A path change stays within it; anything else is another server.
 */
export function datasourceOrigin(baseUrl: string): string {
  return new URL(baseUrl).origin;
}
