import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Nonce for this response's Content-Security-Policy. */
    cspNonce: string;
    /** The client's IP as the HTTP server sees it (after trusted proxies). */
    clientIp: string;
    /** Headers (Set-Cookie) that request handling wants on the response. */
    responseHeaders: Headers;
  }
}
