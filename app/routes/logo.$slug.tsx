import { type LoaderFunctionArgs } from "@remix-run/node";
import { getLogo } from "#app/modules/directory/directory.server.ts";

// Logos are public and addressed by content hash (?v=), so a long cache is safe.
export async function loader({ params, request }: LoaderFunctionArgs) {
  // Only a slug can name a logo; "%00" and the like never reach the database (it refuses NUL bytes).
  const slug = params.slug ?? "";
  const logo = /^[a-z0-9-]{1,80}$/.test(slug) ? await getLogo(slug) : null;
  if (!logo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const versioned = logo.hash !== null && new URL(request.url).searchParams.get("v") === logo.hash;
  return new Response(logo.bytes, {
    headers: {
      "Content-Type": logo.mime,
      "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
