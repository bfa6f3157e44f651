import { type AppLoadContext, type EntryContext, type HandleDataRequestFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { I18nextProvider } from "react-i18next";
import { renderDocument } from "#app/utils/render-document.server.ts";
import { i18nFor, localeFromPath, localeCookieHeader } from "#app/utils/i18n.server.ts";
import { defaultLocale } from "#app/utils/i18n.ts";
import { NonceProvider } from "#app/utils/nonce.ts";
import { readSessionToken } from "#app/utils/session.server.ts";

export { startup, shutdown, isReady } from "#app/startup.server.ts";
export { localeCookieHeader } from "#app/utils/i18n.server.ts";
// The HTTP server reads its settings through the same schema as the app (server/ never imports app source).
export { env } from "#app/utils/env.server.ts";

const ABORT_DELAY = 5_000;

/** Headers that loaders and session handling collected for this request (cookies). */
function applyContextHeaders(request: Request, headers: Headers, context: AppLoadContext) {
  for (const cookie of context.responseHeaders?.getSetCookie() ?? []) headers.append("Set-Cookie", cookie);
  const timing = context.responseHeaders?.get("Server-Timing");
  if (timing) headers.append("Server-Timing", timing);
  const lang = localeCookieHeader(new URL(request.url).pathname, request.headers.get("Cookie"));
  if (lang) headers.append("Set-Cookie", lang);
}

function leafHandle(remixContext: EntryContext) {
  const matches = remixContext.staticHandlerContext.matches;
  const leaf = matches[matches.length - 1];
  return leaf
    ? (remixContext.routeModules[leaf.route.id]?.handle as { cache?: string; csp?: string } | undefined)
    : undefined;
}

/**
 * Visitors without a session get the same HTML on pages whose route says
 * `handle.cache = "public"`; those may be cached (server/page-cache.js).
 * Everything else is private and never stored.
 */
function cacheControl(request: Request, status: number, remixContext: EntryContext): string {
  const handle = leafHandle(remixContext);
  const anonymous = !readSessionToken(request);
  return status === 200 && anonymous && handle?.cache === "public" ? "public, max-age=60" : "private, no-cache";
}

export const handleDataRequest: HandleDataRequestFunction = (response, { request, context }) => {
  applyContextHeaders(request, response.headers, context);
  return response;
};

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const url = new URL(request.url);
  const locale =
    localeFromPath(url.pathname) ?? remixContext.staticHandlerContext.loaderData?.root?.locale ?? defaultLocale;
  const i18n = i18nFor(locale);
  const nonce = loadContext.cspNonce;
  applyContextHeaders(request, responseHeaders, loadContext);
  responseHeaders.set("Cache-Control", cacheControl(request, responseStatusCode, remixContext));
  if (leafHandle(remixContext)?.csp === "mdx") responseHeaders.set("X-Portolan-Csp", "mdx");
  responseHeaders.append("Vary", "Cookie");

  // The whole document is rendered before anything is sent (see render-document.server.ts).
  const { body, failed } = await renderDocument(
    <NonceProvider value={nonce}>
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </I18nextProvider>
    </NonceProvider>,
    { nonce, timeoutMs: ABORT_DELAY },
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Length", String(body.byteLength));
  return new Response(body, { headers: responseHeaders, status: failed ? 500 : responseStatusCode });
}
