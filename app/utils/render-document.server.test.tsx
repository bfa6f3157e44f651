import { Suspense } from "react";
import { expect, test } from "vitest";
import { renderDocument } from "./render-document.server.ts";

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(bytes);

test("multi-byte text at every offset of React's 2048-byte buffer comes out without NUL bytes", async () => {
  // React 18's Node renderer inserted 0x00 where a multi-byte character met its buffer edge.
  for (let pad = 0; pad < 8; pad++) {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `${"x".repeat((i + pad) % 7)}Ąžuolų šaknys ${i} – „ėčęį“`);
    const { body, failed } = await renderDocument(
      <html lang="lt">
        <body>
          {paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </body>
      </html>,
      { timeoutMs: 1000 },
    );
    expect(failed).toBe(false);
    expect(body.indexOf(0)).toBe(-1);
    const html = decode(body);
    for (const p of paragraphs) expect(html).toContain(`<p>${p}</p>`);
  }
});

function later<T>(value: T, ms: number) {
  let result: T | undefined;
  const promise = new Promise<void>((resolve) => setTimeout(() => ((result = value), resolve()), ms));
  return function Late() {
    if (result === undefined) throw promise;
    return <script dangerouslySetInnerHTML={{ __html: String(result) }} />;
  };
}

test("late Suspense content beside <html> (Remix's data scripts) ends up inside the body", async () => {
  const Late = later("window.data = 1;", 20);
  const { body, failed } = await renderDocument(
    <>
      <html lang="en">
        <body>
          <main>page</main>
        </body>
      </html>
      <Suspense>
        <Late />
      </Suspense>
    </>,
    { nonce: "abc", timeoutMs: 1000 },
  );
  const html = decode(body);
  expect(failed).toBe(false);
  expect(html.endsWith("</body></html>")).toBe(true);
  expect(html.match(/<\/html>/g)).toHaveLength(1);
  expect(html).toContain("<script>window.data = 1;</script>");
  // Inlined in place, not outlined into a hidden template plus a swap script.
  expect(html).not.toContain("<template");
  expect(html).not.toContain("$RC");
});

test("a boundary still pending at the time limit is left to the client and marks the render failed", async () => {
  const Late = later("never", 5_000);
  const { body, failed } = await renderDocument(
    <html lang="en">
      <body>
        <Suspense fallback={<p>loading</p>}>
          <Late />
        </Suspense>
      </body>
    </html>,
    { timeoutMs: 50 },
  );
  expect(failed).toBe(true);
  expect(decode(body)).toContain("<p>loading</p>");
});
