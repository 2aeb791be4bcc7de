import type { Role } from "@tessera/model";
import type { SelectHTMLAttributes } from "react";
import { roleLabels, roles } from "./roleLabels";

/** A menu of the workspace roles; `onRole` receives the chosen one. Other props go to the select. */
export function RoleSelect({
  value,
  onRole,
  ...select
}: { value: Role; onRole: (role: Role) => void } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "value" | "onChange"
>) {
  return (
    <select {...select} value={value} onChange={(e) => onRole(e.target.value as Role)}>
      {roles.map((role) => (
        <option key={role} value={role}>
          {roleLabels[role].label}
        </option>
      ))}
    </select>
  );
}
