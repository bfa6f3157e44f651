// Shared by the form schema (browser and server) and the renderer, so it is not a .server file.

/**
 * At most this many people are notified by one post. A mention sends a
 * notification and maybe an email, so an uncapped list would let one post
 * ping hundreds; above the cap the form says so instead of dropping the rest.
 */
export const MAX_MENTIONS = 20;

/** Every distinct handle mentioned in a post: `@mia.member` → "mia.member" (the part of an email before @). */
export function allMentionedHandles(markdown: string): string[] {
  // Code spans and blocks do not mention anyone.
  const text = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|[^\w.@])@([a-z0-9][a-z0-9._-]{1,62}[a-z0-9])/gi)) found.add(m[1].toLowerCase());
  return [...found];
}

/** The handles a post notifies: the first MAX_MENTIONS (the form refuses more, so normally all). */
export const mentionedHandles = (markdown: string) => allMentionedHandles(markdown).slice(0, MAX_MENTIONS);
