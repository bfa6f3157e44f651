// Anonymous page cache (docs/decisions/007-page-cache.md). Pages that a route
// marks public (entry.server sets `Cache-Control: public` only for visitors
// without a session) are kept as HTML for a short time; a hit costs one
// string replace (the CSP nonce) instead of loaders plus a React render.
import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import type { Request, RequestHandler, Response as ExpressResponse } from "express";
import { LRUCache } from "lru-cache";

const SESSION_COOKIE = /(?:^|;\s*)portolan_session=/;

interface CachedPage {
  status: number;
  headers: [string, string][];
  body: string;
  nonce: string;
  evalCsp: boolean;
}

/**
 * Lesson pages evaluate precompiled MDX with `new Function`; the route marks
 * itself (X-Portolan-Csp: mdx) and only then does its CSP allow eval.
 */
function allowEvalIfAsked(response: Response, res: ExpressResponse) {
  if (response.headers.get("x-portolan-csp") !== "mdx") return false;
  response.headers.delete("x-portolan-csp");
  allowEval(res);
  return true;
}

function allowEval(res: ExpressResponse) {
  const csp = res.getHeader("Content-Security-Policy");
  if (typeof csp === "string")
    res.setHeader("Content-Security-Policy", csp.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"));
}

/**
 * Express handler for Remix with the cache in front. `ttlMs` 0 turns the cache off.
 * `afterHit(req, res)` adds per-request headers (the language cookie) to cached responses.
 */
export function createCachingRequestHandler({
  build,
  mode,
  getLoadContext,
  ttlMs,
  afterHit = () => {},
}: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request, res: ExpressResponse) => AppLoadContext | Promise<AppLoadContext>;
  ttlMs: number;
  afterHit?: (req: Request, res: ExpressResponse) => void;
}): RequestHandler {
  const handle = createRequestHandler(build, mode);
  const cache = ttlMs > 0 ? new LRUCache<string, CachedPage>({ max: 1000, ttl: ttlMs }) : undefined;

  async function serve(req: Request, res: ExpressResponse) {
    const key =
      cache && req.method === "GET" && !SESSION_COOKIE.test(req.headers.cookie ?? "") ? req.originalUrl : undefined;
    const nonce = res.locals.cspNonce as string;
    if (key && cache) {
      const hit = cache.get(key);
      if (hit) {
        res.status(hit.status);
        for (const [name, value] of hit.headers) res.setHeader(name, value);
        res.setHeader("X-Page-Cache", "hit");
        if (hit.evalCsp) allowEval(res);
        afterHit(req, res);
        res.end(hit.body.replaceAll(hit.nonce, nonce));
        return;
      }
    }
    const response = await handle(createRemixRequest(req, res), await getLoadContext(req, res));
    const evalCsp = allowEvalIfAsked(response, res);
    if (key && cache && response.status === 200 && /^public\b/.test(response.headers.get("Cache-Control") ?? "")) {
      const body = await response.text();
      const headers = [...response.headers].filter(([name]) => name !== "set-cookie" && name !== "content-length");
      cache.set(key, { status: 200, headers, body, nonce, evalCsp });
      res.status(200);
      for (const [name, value] of response.headers) res.append(name, value);
      res.setHeader("X-Page-Cache", "miss");
      res.end(body);
      return;
    }
    await sendRemixResponse(res, response);
  }

  // Express 4 ignores a returned promise: failures go to next() by hand.
  return (req, res, next) => {
    serve(req, res).catch(next);
  };
}
