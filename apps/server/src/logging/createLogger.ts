import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Paths pino replaces with "[redacted]": passwords, cookies, session tokens, Authorization
 * headers and datasource header values, wherever a log call might carry them.
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "sessionToken",
  "cookie",
  "*.cookie",
  "authorization",
  "*.authorization",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "headers[*].value",
  "*.headers[*].value",
  "apikey",
  "*.apikey",
];

/** The server's structured logger (JSON lines on stdout unless a destination is given). */
export function createLogger(level = "info", destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination);
}
