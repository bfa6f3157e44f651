/**
 * The client's address as people write it. On a dual-stack listener Node
 * reports IPv4 peers as IPv4-mapped IPv6 ("::ffff:127.0.0.1"); that form
 * reached the sessions list and gave one client two rate-limit keys.
 * @param {import("express").Request} req
 */
export function clientIp(req) {
  const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
  return address.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
}
