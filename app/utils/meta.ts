import type { MetaFunction } from "@remix-run/node";

/** `meta` for routes whose loader returns a translated `title` (and optional `description`). */
export const titleMeta: MetaFunction = ({ data }) => {
  const d = data as { title?: string; description?: string } | undefined;
  const title = d?.title ? `${d.title} · Portolan` : "Portolan";
  return [{ title }, ...(d?.description ? [{ name: "description", content: d.description }] : [])];
};
