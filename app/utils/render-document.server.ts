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
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = stream.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      length += next.value.byteLength;
    }
    return { body: closingTagsLast(chunks, length), failed };
  } finally {
    clearTimeout(timer);
  }
}

const CLOSING_TAGS = Buffer.from("</body></html>");

/** The chunks as one byte array, with `</body></html>` moved to the end. */
function closingTagsLast(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const html = Buffer.concat(chunks, length);
  const body = new Uint8Array(length);
  const at = html.lastIndexOf(CLOSING_TAGS);
  if (at < 0 || at + CLOSING_TAGS.length === length) {
    body.set(html);
  } else {
    body.set(html.subarray(0, at));
    body.set(html.subarray(at + CLOSING_TAGS.length), at);
    body.set(CLOSING_TAGS, length - CLOSING_TAGS.length);
  }
  return body;
}
