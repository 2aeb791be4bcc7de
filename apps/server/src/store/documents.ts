import {
  type AppSettings,
  appSettingsOf,
  appSettingsSchema,
  type DeploymentSnapshot,
  deploymentSnapshotSchema,
  type ModuleBody,
  migratePageDoc,
  moduleBodySchema,
  PAGE_DOC_SCHEMA_VERSION,
  type PageDoc,
} from "@tessera/model";
import { z } from "zod";
import {
  type StoredDatasourceConfig,
  storedDatasourceConfigSchema,
} from "../datasources/storedDatasourceConfig";

/**
 * The one place stored JSON documents are decoded and encoded. Decoding is parse, then
 * migrate to the current shape, then validate with the model's schema; a repository returns
 * the result and nothing else reads the TEXT column. Encoding writes `schemaVersion`.
 *
 * Version 1 is today's shapes, and a stored document without `schemaVersion` is version 1.
 * List documents (a version's modules, a datasource's headers) are bare JSON arrays at
 * version 1, which have no place for the field; a later version stores
 * `{ schemaVersion, items }` and the decoder reads both.
 */
export type DocumentKind = keyof DocumentTypes;

/** What each kind of stored document decodes to. */
export interface DocumentTypes {
  /** `pages.doc_json` */
  pageDoc: PageDoc;
  /** `modules.body_json` */
  moduleBody: ModuleBody;
  /** `deployments.snapshot_json` */
  deploymentSnapshot: DeploymentSnapshot;
  /** `package_versions.modules_json` */
  versionModules: ModuleBody[];
  /** `datasources.config_json`: the kind's fields, secrets sealed */
  datasourceConfig: StoredDatasourceConfig;
  /** `apps.settings_json` */
  appSettings: AppSettings;
}

/** A stored document that does not decode: corrupt, or written by a newer server. */
export class StoredDocumentError extends Error {
  constructor(
    readonly kind: DocumentKind,
    detail: string,
    where?: string,
  ) {
    super(`Stored ${LABELS[kind]}${where ? ` (${where})` : ""} cannot be read: ${detail}`);
    this.name = "StoredDocumentError";
  }
}

/**
 * Decodes a stored document of `kind`. `where` names the row in the error (e.g. "page <id>").
 *
 * @example const doc = decodeDocument("pageDoc", row.doc_json, `page ${row.id}`);
 */
export function decodeDocument<K extends DocumentKind>(
  kind: K,
  text: string,
  where?: string,
): DocumentTypes[K] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StoredDocumentError(kind, "not JSON", where);
  }
  const codec = CODECS[kind];
  const version = storedVersion(raw, codec.isList);
  if (version === null) throw new StoredDocumentError(kind, "schemaVersion is not a positive integer", where);
  if (version > codec.current) {
    throw new StoredDocumentError(
      kind,
      `schemaVersion ${version} is newer than this server reads (${codec.current}): it was written by a newer Tessera`,
      where,
    );
  }
  const body = codec.isList
    ? Array.isArray(raw)
      ? raw
      : (raw as { items?: unknown }).items
    : withoutVersion(raw, kind === "pageDoc");
  let migrated: unknown;
  try {
    migrated = codec.migrate(body, version);
  } catch (error) {
    throw new StoredDocumentError(kind, describeFailure(error), where);
  }
  const result = codec.schema.safeParse(migrated);
  if (!result.success) throw new StoredDocumentError(kind, describeFailure(result.error), where);
  return result.data as DocumentTypes[K];
}

/**
 * Encodes a document of `kind` for its TEXT column, with `schemaVersion`.
 *
 * @example await db.updateTable("pages").set({ doc_json: encodeDocument("pageDoc", doc) })...
 */
export function encodeDocument<K extends DocumentKind>(kind: K, value: DocumentTypes[K]): string {
  const codec = CODECS[kind];
  if (codec.isList) return JSON.stringify(value);
  return JSON.stringify({ ...(value as object), schemaVersion: codec.current });
}

const LABELS: Record<DocumentKind, string> = {
  pageDoc: "page document",
  moduleBody: "module body",
  deploymentSnapshot: "deployment snapshot",
  versionModules: "package version module list",
  datasourceConfig: "datasource config",
  appSettings: "app settings",
};

interface Codec {
  /** The version this server writes and the newest it reads. */
  current: number;
  isList: boolean;
  /** Brings a body of the stored version to the current one (before validation). */
  migrate: (body: unknown, version: number) => unknown;
  schema: z.ZodType;
}

const asIs = (body: unknown) => body;

const CODECS: Record<DocumentKind, Codec> = {
  // A page document carries schemaVersion in the model itself, and migratePageDoc, which
  // validates as it goes, owns its steps: validating again would only cost time on large pages.
  pageDoc: {
    current: PAGE_DOC_SCHEMA_VERSION,
    isList: false,
    migrate: (body) => migratePageDoc(body),
    schema: z.custom<PageDoc>(() => true),
  },
  moduleBody: { current: 1, isList: false, migrate: asIs, schema: moduleBodySchema },
  deploymentSnapshot: { current: 1, isList: false, migrate: asIs, schema: deploymentSnapshotSchema },
  versionModules: { current: 1, isList: true, migrate: asIs, schema: z.array(moduleBodySchema) },
  datasourceConfig: { current: 1, isList: false, migrate: asIs, schema: storedDatasourceConfigSchema },
  // Field by field: a setting that no longer reads falls back to its default, not the app.
  appSettings: { current: 1, isList: false, migrate: appSettingsOf, schema: appSettingsSchema },
};

function describeFailure(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function storedVersion(raw: unknown, isList: boolean): number | null {
  if (isList && Array.isArray(raw)) return 1;
  if (typeof raw !== "object" || raw === null) return isList ? null : 1;
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return 1;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : null;
}

function withoutVersion(raw: unknown, keep: boolean): unknown {
  if (keep || typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const { schemaVersion: _version, ...body } = raw as Record<string, unknown>;
  return body;
}
