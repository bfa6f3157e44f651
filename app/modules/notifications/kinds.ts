/** Kinds a person can also receive by email (preferences on the notifications page). */
export const emailableKinds = ["forumReply", "forumMention", "forumSolution", "forumModeration"] as const;
export type EmailableKind = (typeof emailableKinds)[number];
