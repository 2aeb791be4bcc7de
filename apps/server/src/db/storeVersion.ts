// Kept for the raw-handle callers until they read the version through `store.version()`.
export { createStoreVersion } from "../store/sqlite/sqliteStoreVersion";
