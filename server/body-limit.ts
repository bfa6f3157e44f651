// Request body caps, checked on the headers before a byte of the body is read.
// Without them a 10 MB form post was read and parsed in full (9-12 s) before the
// action refused it. Each kind of route gets the cap its largest honest request
// needs; a later upload route (trip budgets, attendees, services index) adds a line.
import { readFileSync } from "node:fs";
import type { Request, RequestHandler, Response } from "express";

const KB = 1024;
const MB = 1024 * KB;
// Multipart framing, the other fields of the form and the file name.
const SLACK = 64 * KB;

/** [path pattern, cap]: the first match wins. `.data` is Remix's single-fetch suffix. */
export const bodyLimits: [RegExp, number][] = [
  [/^\/[a-z]{2}\/contacts\/import(\.data)?$/, 2 * MB + SLACK], // CSV import, 2 MB file
  [/^\/[a-z]{2}\/partners\/[^/]+\/edit(\.data)?$/, 1 * MB + SLACK], // logo upload, 1 MB file
];
// Every other form: the longest text field (a 20,000-character forum post)
// url-encoded from 3-byte UTF-8 is ~180 KB.
export const defaultBodyLimit = 256 * KB;

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The cap for a path. */
export const bodyLimitFor = (path: string): number =>
  bodyLimits.find(([pattern]) => pattern.test(path))?.[1] ?? defaultBodyLimit;

const localesDir = new URL("../public/locales/", import.meta.url);
type ErrorTexts = Record<"400" | "413", { title: string; body: string }>;
const messages = new Map<string, { lng: string; errors: ErrorTexts }>();
/** The translated 413 texts for the path's locale (English when the path has none). */
function texts(path: string): { lng: string; errors: ErrorTexts } {
  const lng = /^\/([a-z]{2})(\/|$)/.exec(path)?.[1] ?? "en";
  if (!messages.has(lng)) {
    let errors: ErrorTexts;
    try {
      errors = (JSON.parse(readFileSync(new URL(`${lng}/common.json`, localesDir), "utf8")) as { errors: ErrorTexts })
        .errors;
    } catch {
      errors =
        lng === "en"
          ? { 400: { title: "Bad request", body: "" }, 413: { title: "Request too large", body: "At most {{size}}." } }
          : texts("/en").errors;
    }
    messages.set(lng, { lng, errors });
  }
  return messages.get(lng)!;
}

function refuse(req: Request, res: Response, status: 411 | 413, limit: number) {
  const { lng, errors } = texts(req.path);
  const size = new Intl.NumberFormat(
    lng,
    limit >= MB
      ? { style: "unit", unit: "megabyte", maximumFractionDigits: 0 }
      : { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 },
  ).format(limit >= MB ? Math.floor(limit / MB) : Math.floor(limit / KB));
  const title = status === 413 ? errors[413].title : errors[400].title;
  const body = status === 413 ? errors[413].body.replace("{{size}}", size) : errors[400].body;
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  // Close the connection: otherwise Node would read (and discard) the rest of the body to keep it alive.
  res.set("Connection", "close");
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="${lng}"><meta charset="utf-8"><title>${escape(title)}</title><h1>${escape(title)}</h1><p>${escape(body)}</p></html>`,
    );
  res.on("finish", () => req.socket.destroySoon?.());
}

/**
 * Express middleware: 413 when Content-Length exceeds the route's cap, 411 for a
 * body without a length (chunked), so no oversized body is ever read. Browsers
 * always send Content-Length with forms and fetch bodies.
 */
export function bodyLimit(): RequestHandler {
  return (req, res, next) => {
    if (BODYLESS.has(req.method)) return next();
    const limit = bodyLimitFor(req.path);
    const length = req.headers["content-length"];
    if (length === undefined) return req.headers["transfer-encoding"] ? refuse(req, res, 411, limit) : next();
    if (!/^\d+$/.test(length) || Number(length) > limit) return refuse(req, res, 413, limit);
    next();
  };
}
