/**
 * Every response body a TestClient received in this test file, and the secret values that
 * must never appear in one. testServer checks them when the file ends.
 */
export const responseLog = { bodies: [] as string[], secrets: new Set<string>() };

/** Declares a value that no response of this test file may contain. */
export function registerSecret(value: string): string {
  responseLog.secrets.add(value);
  return value;
}
