import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

// Emailed links (confirmation, password reset, invitations) carry a random
// token; the database keeps only its SHA-256, so a leaked table opens nothing.

/** Random URL-safe token and the hash we store for it. */
export function newToken(): { token: string; tokenHash: string } {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  return { token, tokenHash: hashToken(token) };
}

/** The stored form of a token. */
export const hashToken = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
