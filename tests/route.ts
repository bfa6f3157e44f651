import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createSession } from "#app/utils/session.server.ts";

export const origin = "http://portolan.test";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;
type Outcome = { status: number; data: unknown; location: string | null; body: string | null };

/**
 * Calls a route's loader or action as a browser would: with `userId`'s
 * session cookie (or none), a URL and, for POST, a urlencoded form. Thrown
 * responses (404, redirects) come back as outcomes instead of throwing.
 */
export async function callRoute(
  handler: Handler,
  opts: {
    userId?: string | null;
    path: string;
    params: Record<string, string>;
    form?: Record<string, string | string[]>;
    /** A POST body sent as is, with its own content type (for bodies a browser form never sends). */
    raw?: { contentType: string; body: string };
    /** The client's address as the server saw it (default 127.0.0.1). */
    clientIp?: string;
  },
): Promise<Outcome> {
  const headers = new Headers();
  if (opts.userId) headers.set("Cookie", `portolan_session=${(await createSession(opts.userId)).token}`);
  let body: URLSearchParams | undefined;
  if (opts.form) {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    body = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  }
  if (opts.raw) headers.set("Content-Type", opts.raw.contentType);
  const request = new Request(`${origin}${opts.path}`, {
    method: opts.form || opts.raw ? "POST" : "GET",
    headers,
    body: opts.raw?.body ?? body,
  });
  const context = { cspNonce: "", clientIp: opts.clientIp ?? "127.0.0.1", responseHeaders: new Headers() };
  const settle = async (value: unknown): Promise<Outcome> => {
    if (value instanceof Response) {
      const text = value.status >= 300 && value.status < 400 ? null : await value.text();
      return { status: value.status, data: null, location: value.headers.get("Location"), body: text };
    }
    const wrapped = value as { type?: string; data?: unknown; init?: { status?: number } } | null;
    if (wrapped && wrapped.type === "DataWithResponseInit")
      return { status: wrapped.init?.status ?? 200, data: wrapped.data, location: null, body: null };
    return { status: 200, data: value, location: null, body: null };
  };
  try {
    return await settle(await handler({ request, params: opts.params, context }));
  } catch (thrown) {
    const isData = (thrown as { type?: string } | null)?.type === "DataWithResponseInit";
    if (thrown instanceof Response || isData) return settle(thrown);
    throw thrown;
  }
}
