import { data } from "@remix-run/node";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "./env.server.ts";

// In-process limits (docs/decisions/005-rate-limits.md): enough for one
// instance; several instances would share a RateLimiterPostgres instead.
// Per-IP limits are generous (a workshop signs up from one office IP) and can
// be raised with RATE_LIMIT_PER_IP_FACTOR; per-account limits are the real guard.
// Built on first use: reading the environment at import time would fix it before a test sets it.
const createLimiters = (ipFactor = env().RATE_LIMIT_PER_IP_FACTOR) => ({
  loginIp: new RateLimiterMemory({ keyPrefix: "login-ip", points: 100 * ipFactor, duration: 10 * 60 }),
  // Failed passwords (docs/decisions/005): counted per account *and* client, so an attacker
  // elsewhere cannot lock the owner out; a much higher account-wide cap stops guessing from
  // many addresses, and the owner then signs in through the emailed reset link.
  loginFailClient: new RateLimiterMemory({ keyPrefix: "login-fail-client", points: 5, duration: 15 * 60 }),
  loginFailAccount: new RateLimiterMemory({ keyPrefix: "login-fail-account", points: 50, duration: 60 * 60 }),
  signupIp: new RateLimiterMemory({ keyPrefix: "signup-ip", points: 50 * ipFactor, duration: 60 * 60 }),
  // Sign-up of a known address mails its owner; three an hour per address keeps that from becoming a flood.
  signupAccount: new RateLimiterMemory({ keyPrefix: "signup-account", points: 3, duration: 60 * 60 }),
  resetIp: new RateLimiterMemory({ keyPrefix: "reset-ip", points: 20 * ipFactor, duration: 60 * 60 }),
  resetAccount: new RateLimiterMemory({ keyPrefix: "reset-account", points: 3, duration: 60 * 60 }),
  invite: new RateLimiterMemory({ keyPrefix: "invite", points: 30, duration: 60 * 60 }),
  // A contact request lands in other people's inboxes: ten per sender per day.
  contactRequest: new RateLimiterMemory({ keyPrefix: "contact-request", points: 10, duration: 24 * 60 * 60 }),
  // Posting in the forum (topics, replies, flags): six per account per minute.
  forumPost: new RateLimiterMemory({ keyPrefix: "forum-post", points: 6, duration: 60 }),
  contactImport: new RateLimiterMemory({ keyPrefix: "contact-import", points: 30, duration: 60 * 60 }),
});
let created: ReturnType<typeof createLimiters> | undefined;
const limiters = () => (created ??= createLimiters());
export type Limit = keyof ReturnType<typeof createLimiters>;

/** Counts one attempt; throws a 429 response (rendered as a translated page) when over the limit. */
export async function consume(limit: Limit, key: string) {
  try {
    await limiters()[limit].consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const retryAfter = Math.ceil(e.msBeforeNext / 1000);
      throw data(
        { reason: "rateLimited", retryAfter },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
    throw e;
  }
}

/** Seconds until `key` may try again under `limit` (0 when it may now); counts nothing. */
export async function blockedFor(limit: Limit, key: string): Promise<number> {
  const limiter = limiters()[limit];
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/** Counts one failure against `key` without refusing anything (see `blockedFor`). */
export async function countFailure(limit: Limit, key: string) {
  await limiters()[limit].penalty(key, 1);
}

/**
 * A client's key for per-client limits: its IP address, or for IPv6 its /64
 * network (one subscriber usually has a whole /64 and could rotate within it).
 */
export function clientKey(ip: string): string {
  if (!ip.includes(":") || ip.startsWith("::ffff:")) return ip.replace(/^::ffff:/, "");
  const [head] = ip.split("::");
  const groups = ip.includes("::") ? (head ? head.split(":") : []) : ip.split(":");
  return `${[...groups, "0", "0", "0", "0"].slice(0, 4).join(":")}::/64`;
}

/** Forgets failures for a key, e.g. after a successful sign-in. */
export async function reset(limit: Limit, key: string) {
  await limiters()[limit].delete(key);
}
