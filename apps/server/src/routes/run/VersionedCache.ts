/**
 * Values read from the store (app rows, roles, drafts), kept while the store version they
 * were read under is the current one: any write anywhere, in any process, starts it over.
 * A null version (a transaction of this process is open) caches nothing.
 */
export class VersionedCache<V> {
  private version: string | null = null;
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The value kept for `key` under `version`, or the loaded one (kept if `version` is still current). */
  async getOrLoad(key: string, version: string | null, load: () => Promise<V>): Promise<V> {
    if (version === null) return load();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    } else if (this.entries.has(key)) {
      return this.entries.get(key) as V;
    }
    const value = await load();
    // A run that read a newer version while this one loaded owns the map now: what this
    // load read may predate that version's write, so it is not kept.
    if (this.version === version) {
      if (this.entries.size >= this.capacity) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}
