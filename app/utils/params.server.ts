import type { Params } from "@remix-run/react";
import { notFound } from "./responses.server.ts";

// Slugs and ids in URLs are ASCII letters, digits, "_" and "-". Anything else
// (a NUL byte from "%00", which PostgreSQL refuses in text and which used to
// surface as a 500) cannot name a record, so it is a 404 before any query.
const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,120}$/;

/** The named URL parameter when it can be a slug or id; otherwise throws the translated 404. */
export function routeParam(params: Params, name: string): string {
  const value = params[name];
  if (!value || !SAFE_SEGMENT.test(value)) throw notFound();
  return value;
}
