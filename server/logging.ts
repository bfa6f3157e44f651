// One line per request: method, path (tokens redacted), status, bytes, time.
// Query strings are dropped: they may hold search terms or tokens.
import type { RequestHandler } from "express";

const SECRET_PATH = /\/(reset-password|invite|verify-email)\/[^/?]+/;

/** Express middleware writing one log line when each response finishes. */
export function requestLogger(
  write: (line: string) => void = (line) => void process.stdout.write(line + "\n"),
): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const path = req.path.replace(SECRET_PATH, "/$1/[redacted]");
      write(`${req.method} ${path} ${res.statusCode} ${res.get("content-length") ?? "-"} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}
