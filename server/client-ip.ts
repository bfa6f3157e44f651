import type { Request } from "express";

/**
 * The client's address as people write it. On a dual-stack listener Node
 * reports IPv4 peers as IPv4-mapped IPv6 ("::ffff:127.0.0.1"); that form
 * reached the sessions list and gave one client two rate-limit keys.
 */
export function clientIp(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
  return address.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
}
