/** Kinds a person can also receive by email (preferences on the notifications page). */
export const emailableKinds = ["forumReply", "forumMention", "forumSolution", "forumModeration"] as const;
export type EmailableKind = (typeof emailableKinds)[number];

/** Where a notification leads, in the reader's language. */
export function notificationLink(locale: string, kind: string, d: Record<string, string>) {
  switch (kind) {
    case "contactRequest":
      return `/${locale}/contacts/requests?org=${d.toOrgSlug}`;
    case "contactAccepted":
      return d.contactId ? `/${locale}/contacts/${d.contactId}` : `/${locale}/contacts/requests?org=${d.fromOrgSlug}`;
    case "forumReply":
    case "forumMention":
    case "forumSolution":
    case "forumModeration":
      return `/${locale}/forum/t/${d.topicNumber}-${d.slug}?post=${d.postNumber}#post-${d.postNumber}`;
    default:
      return `/${locale}/contacts/requests?org=${d.fromOrgSlug}`;
  }
}
