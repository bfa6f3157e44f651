import { redirect, type AppLoadContext } from "@remix-run/node";
import { requestLocale } from "./i18n.server.ts";
import {
  clearSessionCookie,
  readSessionToken,
  sessionCookie,
  validateSessionToken,
  type CurrentSession,
  type SessionUser,
} from "./session.server.ts";

// One session lookup per request, however many loaders ask: keyed by the load context.
const perRequest = new WeakMap<object, Promise<CurrentSession | null>>();

/** The current session (validated, renewed when due), or null. */
export function getSession(request: Request, context: AppLoadContext): Promise<CurrentSession | null> {
  let pending = perRequest.get(context);
  if (!pending) {
    pending = (async () => {
      const token = readSessionToken(request);
      if (!token) return null;
      const session = await validateSessionToken(token);
      if (!session) context.responseHeaders?.append("Set-Cookie", clearSessionCookie(request));
      else if (session.renewed)
        context.responseHeaders?.append("Set-Cookie", sessionCookie(request, token, session.expiresAt));
      return session;
    })();
    perRequest.set(context, pending);
  }
  return pending;
}

export async function getUser(request: Request, context: AppLoadContext): Promise<SessionUser | null> {
  return (await getSession(request, context))?.user ?? null;
}

/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeRedirectPath(to: unknown, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

/** The signed-in session, or a redirect to the sign-in page that comes back here. */
export async function requireSession(request: Request, context: AppLoadContext): Promise<CurrentSession> {
  const session = await getSession(request, context);
  if (!session) {
    const url = new URL(request.url);
    const locale = await requestLocale(request);
    const back = url.pathname + url.search;
    throw redirect(`/${locale}/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return session;
}

export async function requireUser(request: Request, context: AppLoadContext): Promise<SessionUser> {
  return (await requireSession(request, context)).user;
}

/** Signed-in visitors are sent on (to `to`) from pages such as sign-in and sign-up. */
export async function requireAnonymous(request: Request, context: AppLoadContext, to: string) {
  if (await getSession(request, context)) throw redirect(to);
}
