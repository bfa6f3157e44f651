import { data } from "@remix-run/node";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// In-process limits (docs/decisions/005-rate-limits.md): enough for one
// instance; several instances would share a RateLimiterPostgres instead.
// Per-IP limits are generous (a workshop signs up from one office IP) and can
// be raised with RATE_LIMIT_PER_IP_FACTOR; per-account limits are the real guard.
const ipFactor = Math.max(1, Number(process.env.RATE_LIMIT_PER_IP_FACTOR ?? 1) || 1);
const limiters = {
  loginIp: new RateLimiterMemory({ keyPrefix: "login-ip", points: 100 * ipFactor, duration: 10 * 60 }),
  loginAccount: new RateLimiterMemory({ keyPrefix: "login-account", points: 5, duration: 15 * 60 }),
  signupIp: new RateLimiterMemory({ keyPrefix: "signup-ip", points: 50 * ipFactor, duration: 60 * 60 }),
  resetIp: new RateLimiterMemory({ keyPrefix: "reset-ip", points: 20 * ipFactor, duration: 60 * 60 }),
  resetAccount: new RateLimiterMemory({ keyPrefix: "reset-account", points: 3, duration: 60 * 60 }),
  invite: new RateLimiterMemory({ keyPrefix: "invite", points: 30, duration: 60 * 60 }),
  // A contact request lands in other people's inboxes: ten per sender per day.
  contactRequest: new RateLimiterMemory({ keyPrefix: "contact-request", points: 10, duration: 24 * 60 * 60 }),
  // Posting in the forum (topics, replies, flags): six per account per minute.
  forumPost: new RateLimiterMemory({ keyPrefix: "forum-post", points: 6, duration: 60 }),
  contactImport: new RateLimiterMemory({ keyPrefix: "contact-import", points: 30, duration: 60 * 60 }),
};
export type Limit = keyof typeof limiters;

/** Counts one attempt; throws a 429 response (rendered as a translated page) when over the limit. */
export async function consume(limit: Limit, key: string) {
  try {
    await limiters[limit].consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const retryAfter = Math.ceil(e.msBeforeNext / 1000);
      throw data({ reason: "rateLimited", retryAfter }, { status: 429, headers: { "Retry-After": String(retryAfter) } });
    }
    throw e;
  }
}

/** Forgets failures for a key, e.g. after a successful sign-in. */
export async function reset(limit: Limit, key: string) {
  await limiters[limit].delete(key);
}
