import type { AppLoadContext } from "@remix-run/node";
import { readSessionToken } from "./session.server.ts";

/**
 * Adds `Server-Timing: <name>;dur=<ms since started>` to the response (for
 * `npm run bench` and the browser's network panel). Only for requests with a
 * session: those are never page-cached, so the figure is never stale.
 */
export function addServerTiming(request: Request, context: AppLoadContext, name: string, started: number) {
  if (readSessionToken(request))
    context.responseHeaders?.append("Server-Timing", `${name};dur=${(performance.now() - started).toFixed(1)}`);
}
