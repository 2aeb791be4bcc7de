import type { VaultState } from "@tessera/model";

/**
 * What a run did with the visitor's vault, by key name only: the server keeps the values and
 * never sends them.
 */
export function VaultRunSummary({ vault }: { vault: VaultState | undefined }) {
  if (!vault) return null;
  const kept = vault.kept ?? [];
  return (
    <p className="vault-run muted small" data-testid="run-vault">
      {vault.refreshed ? "Renewed by the refresh action, then retried. " : ""}
      {kept.length > 0
        ? `Kept in the vault: ${kept.join(", ")}`
        : `The vault holds: ${vault.keys.length > 0 ? vault.keys.join(", ") : "nothing"}`}
    </p>
  );
}
