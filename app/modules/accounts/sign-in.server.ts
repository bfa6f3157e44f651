import { blockedFor, clientKey, countFailure, reset } from "#app/utils/rate-limit.server.ts";
import { authenticate } from "./accounts.server.ts";

// Failures count per account and client: wrong passwords typed elsewhere never lock the owner out
// here. Past the account-wide cap (guessing from many addresses) the emailed reset link still works
// (docs/decisions/005-rate-limits.md).
const clientFailures = (email: string, clientIp: string) => `${email}|${clientKey(clientIp)}`;

type SignIn =
  { user: NonNullable<Awaited<ReturnType<typeof authenticate>>>; retryAfter: 0 } | { user: null; retryAfter: number };

/** Checks a password under the sign-in limits: the user, or null with the seconds to wait (0 for a plain wrong password). */
export async function signInWithPassword(email: string, password: string, clientIp: string): Promise<SignIn> {
  const key = clientFailures(email, clientIp);
  const wait = Math.max(await blockedFor("loginFailClient", key), await blockedFor("loginFailAccount", email));
  if (wait) return { user: null, retryAfter: wait };
  const user = await authenticate(email, password);
  if (!user) {
    await Promise.all([countFailure("loginFailClient", key), countFailure("loginFailAccount", email)]);
    return { user: null, retryAfter: 0 };
  }
  await clearSignInFailures(email, clientIp);
  return { user, retryAfter: 0 };
}

/** Forgets counted failures: after a successful sign-in, or when the emailed reset link proves the owner. */
export async function clearSignInFailures(email: string, clientIp: string) {
  await Promise.all([reset("loginFailClient", clientFailures(email, clientIp)), reset("loginFailAccount", email)]);
}
