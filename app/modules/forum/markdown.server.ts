import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "#app/utils/html.ts";

// Posts are Markdown, rendered once when saved and stored as HTML. marked
// turns Markdown into HTML (raw HTML in the source is escaped, not passed);
// sanitize-html then keeps only an allow-list of tags and attributes, so
// nothing a person types can run script in another person's browser.

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML in a post is shown as text, never interpreted.
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
  ],
  allowedAttributes: { a: ["href", "rel", "class"], span: ["class"], code: ["class"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Headings inside a post start at h3: the page owns h1 and h2.
  transformTags: {
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const internal = (attribs.href ?? "").startsWith("/") && !(attribs.href ?? "").startsWith("//");
      return { tagName, attribs: { ...attribs, rel: internal ? "" : "nofollow ugc noopener" } };
    },
  },
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href,
};

/** Markdown → safe HTML. */
export function renderMarkdown(markdown: string): string {
  const raw = marked.parse(markdown, { async: false });
  return sanitizeHtml(raw, allowed).replace(/ rel=""/g, "");
}

type TextToken = {
  type: string;
  text?: string;
  block?: boolean;
  tokens?: TextToken[];
  items?: TextToken[];
  header?: TextToken[];
  rows?: TextToken[][];
};
const blockTypes = new Set(["paragraph", "heading", "code", "blockquote", "list_item", "space", "hr", "def"]);
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function tokensToText(tokens: TextToken[]): string {
  let out = "";
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "hr":
      case "br":
      case "def":
        break;
      case "list":
        out += (token.items ?? []).map((item) => tokensToText(item.tokens ?? [])).join(" ");
        break;
      case "table":
        out += [token.header ?? [], ...(token.rows ?? [])]
          .map((row) => row.map((cell) => tokensToText(cell.tokens ?? [])).join(" "))
          .join(" ");
        break;
      case "code":
      case "codespan":
      case "html":
      case "escape":
      case "image":
        // Raw HTML is shown as text in posts (see the renderer above), so it stays; an image leaves its description.
        out += token.text ?? "";
        break;
      default:
        out += token.tokens ? tokensToText(token.tokens) : (token.text ?? "");
    }
    if (blockTypes.has(token.type) || token.block || token.type === "br") out += " ";
  }
  return out;
}

/**
 * Markdown → the words a reader sees, for search snippets: `**closed**` →
 * "closed", `[the module](/lv/learn/…)` → "the module". Built on marked's own
 * lexer, so it reads Markdown exactly as the rendered post does.
 */
export function markdownToText(markdown: string): string {
  return tokensToText(marked.lexer(markdown) as TextToken[])
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] !== "#") return entities[name.toLowerCase()] ?? all;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the Markdown would produce a link (new accounts may not post links). */
export function hasLink(markdown: string): boolean {
  return /<a\s/i.test(renderMarkdown(markdown)) || /\bwww\.[a-z0-9-]+\.[a-z]{2,}/i.test(markdown);
}

export { mentionedHandles } from "./mentions.ts";

/** Wraps known @handles in a span so they stand out; unknown ones stay plain text. */
export function markMentions(html: string, known: Set<string>): string {
  if (!known.size) return html;
  // Only outside tags and outside code.
  return html.replace(
    /(<code[\s\S]*?<\/code>)|(<[^>]+>)|@([a-z0-9][a-z0-9._-]{1,62}[a-z0-9])/gi,
    (all, code, tag, handle) =>
      code || tag || !known.has(String(handle).toLowerCase()) ? all : `<span class="mention">@${handle}</span>`,
  );
}

/** Internal links in a post that can show as cards: /<lang>/learn/<module> and /<lang>/partners/<slug>. */
export function internalLinks(markdown: string): { kind: "module" | "org"; slug: string; href: string }[] {
  const out = new Map<string, { kind: "module" | "org"; slug: string; href: string }>();
  for (const m of markdown.matchAll(/\((\/[a-z]{2}\/(learn|partners)\/([a-z0-9-]+))\/?\)/g)) {
    out.set(m[1], { kind: m[2] === "learn" ? "module" : "org", slug: m[3], href: m[1] });
  }
  return [...out.values()].slice(0, 5);
}
