import { randomUUID } from "node:crypto";

/** A new opaque id for a stored row. */
export function newId(): string {
  return randomUUID();
}
