import type { MetaFunction } from "@remix-run/node";
import { useMatches } from "@remix-run/react";
import { createElement } from "react";

type TitleData = { title?: string; titleLang?: string; description?: string } | undefined;

const pageTitle = (d: TitleData) => (d?.title ? `${d.title} · Portolan` : "Portolan");

/**
 * `meta` for routes whose loader returns a translated `title` (and optional
 * `description`). A title in another language than the page (`titleLang`,
 * an English fallback lesson) is left to `<LangTitle>`, because Remix's meta
 * cannot put a `lang` on `<title>`.
 */
export const titleMeta: MetaFunction = ({ data }) => {
  const d = data as TitleData;
  return [
    ...(d?.titleLang ? [] : [{ title: pageTitle(d) }]),
    ...(d?.description ? [{ name: "description", content: d.description }] : []),
  ];
};

/** The `<title lang>` for a leaf route whose loader says `titleLang`; render it in `<head>` after `<Meta />`. */
export function LangTitle() {
  const matches = useMatches();
  const d = matches[matches.length - 1]?.data as TitleData;
  return d?.titleLang ? createElement("title", { lang: d.titleLang }, pageTitle(d)) : null;
}
