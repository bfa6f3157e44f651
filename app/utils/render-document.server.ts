import type { ReactNode } from "react";
// The Web-streams build of React's server renderer, not the Node one: React 18's
// Node build (renderToPipeableStream) writes its whole 2048-byte buffer when a
// multi-byte character does not fit at the end, so the page gets 0x00 bytes
// (facebook/react#31134, fixed only in React 19). The Web-streams build encodes
// each string whole and has no such buffer.
import { renderToReadableStream } from "react-dom/server.browser";

/**
 * Renders a complete HTML document to bytes before anything is sent: our
 * loaders have no deferred data, so streaming gains nothing, and one buffer
 * gets a Content-Length and goes out in one write.
 *
 * Waiting for every Suspense boundary and never outlining one
 * (`progressiveChunkSize: Infinity`) puts each boundary's content in its
 * place instead of in scripts appended later. Remix's single-fetch data
 * scripts still come after `</html>`: RemixServer renders them beside the
 * app, not inside `<body>`, and React 18 closes `</body></html>` where the
 * app ends. We move those closing tags to the end, as React 19 does; browsers
 * already parse such stray scripts into the body, so the page works the same.
 *
 * `failed` is true when a render error happened outside the shell (the
 * boundary falls back to client rendering; the response should say 500).
 * A boundary still pending after `timeoutMs` is aborted and left to the client.
 */
export async function renderDocument(element: ReactNode, { nonce, timeoutMs }: { nonce?: string; timeoutMs: number }) {
  let failed = false;
  let shellDone = false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const stream = await renderToReadableStream(element, {
      nonce,
      signal: controller.signal,
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error: unknown) {
        failed = true;
        // Errors in the shell also reject the render and reach Remix's error handling, which logs them.
        if (shellDone && !controller.signal.aborted) console.error(error);
      },
    });
    shellDone = true;
    await stream.allReady;
    const body = new Uint8Array(await new Response(stream).arrayBuffer());
    return { body: closingTagsLast(body), failed };
  } finally {
    clearTimeout(timer);
  }
}

const CLOSING_TAGS = Buffer.from("</body></html>");

/** Moves `</body></html>` to the end of the document, in place. */
function closingTagsLast(body: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const html = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const at = html.lastIndexOf(CLOSING_TAGS);
  if (at < 0 || at + CLOSING_TAGS.length === html.length) return body;
  html.copyWithin(at, at + CLOSING_TAGS.length);
  CLOSING_TAGS.copy(html, html.length - CLOSING_TAGS.length);
  return body;
}
