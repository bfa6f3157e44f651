// Cross-site request forgery guard: a state-changing request must come from
// our own origin. Browsers always send Origin (and Sec-Fetch-Site) on POST;
// requests without either come from non-browser clients and carry no
// ambient credentials worth forging.
import type { RequestHandler, Response } from "express";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Express middleware answering 403 to cross-origin non-GET requests. */
export function csrfGuard(): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next();
    const site = req.get("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") return forbid(res);
    const origin = req.get("origin");
    if (origin && origin !== "null") {
      let host;
      try {
        host = new URL(origin).host;
      } catch {
        return forbid(res);
      }
      if (host !== req.get("x-forwarded-host") && host !== req.get("host")) return forbid(res);
    } else if (origin === "null") {
      return forbid(res);
    }
    next();
  };
}

function forbid(res: Response) {
  res.status(403).type("text/plain").send("Cross-origin request refused.");
}
