import { useId } from "react";
import { TextField } from "./TextField";

/** The password of a new account, with the rule it must meet (the server's: 8 characters). */
export function NewPasswordField({ value, onValue }: { value: string; onValue: (value: string) => void }) {
  const hint = useId();
  return (
    <>
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        minLength={8}
        value={value}
        onValue={onValue}
        required
        aria-describedby={hint}
      />
      <p id={hint} className="hint">
        At least 8 characters.
      </p>
    </>
  );
}
