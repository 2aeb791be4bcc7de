import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

const KEY_BYTES = 32;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

function optionsFor(cost: number, r: number, p: number): ScryptOptions {
  // scrypt needs 128 * N * r bytes; node's default 32 MiB cap is too small for N = 2^17.
  return { N: cost, r, p, maxmem: 256 * cost * r + 1024 * 1024 };
}

/**
 * Hashes a password with scrypt and a per-user random salt. The parameters are stored with
 * the hash (`scrypt$N$r$p$salt$key`) so the cost can rise later without breaking old hashes.
 */
export async function hashPassword(password: string, cost = 2 ** 17): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, optionsFor(cost, 8, 1));
  return ["scrypt", cost, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64"), optionsFor(+n, +r, +p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
