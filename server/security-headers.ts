// Response security headers for every route (CSP with a per-request nonce, HSTS).
import type { RequestHandler, Response } from "express";
import helmet from "helmet";

/**
 * Helmet with our CSP. `X-Frame-Options` is off: `frame-ancestors 'none'`
 * already forbids framing, and its SAMEORIGIN default contradicted it.
 * HSTS goes only on requests that came over https (`req.secure`, which
 * honours `trust proxy`): over plain http browsers ignore it, and it would
 * only advertise a policy the connection cannot carry.
 */
export function securityHeaders({ mode }: { mode: string }): RequestHandler[] {
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  return [
    helmet({
      xPoweredBy: false,
      xFrameOptions: false,
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "base-uri": ["'self'"],
          "connect-src": mode === "development" ? ["'self'", "ws:"] : ["'self'"],
          "font-src": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          "img-src": ["'self'", "data:"],
          "object-src": ["'none'"],
          "script-src": [
            "'self'",
            "'strict-dynamic'",
            (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`,
          ],
          "script-src-attr": ["'none'"],
          "style-src": mode === "development" ? ["'self'", "'unsafe-inline'"] : ["'self'"],
          "upgrade-insecure-requests": null,
        },
      },
    }),
    (req, res, next) => (mode === "production" && req.secure ? hsts(req, res, next) : next()),
  ];
}
