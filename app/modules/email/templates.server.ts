import { escapeHtml } from "#app/utils/html.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { isLocale, type Locale } from "#app/utils/i18n.ts";
import { sendEmail } from "./email.server.ts";

/** A plain, accessible HTML email: greeting, paragraphs, an optional list, one button-like link. */
function renderHtml(
  locale: Locale,
  paragraphs: string[],
  link: { href: string; label: string },
  footer: string,
  items: string[] = [],
) {
  const list = items.length ? `\n<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>` : "";
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n") + list;
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b2430">
${body}
<p><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:.6em 1.2em;background:#0b4f6c;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>
<p style="font-size:.9em;color:#4a5563">${escapeHtml(link.href)}</p>
<p style="font-size:.85em;color:#4a5563">${escapeHtml(footer)}</p>
</body></html>`;
}

type Kind = "verify" | "reset" | "invite" | "signupExisting";

/** Renders one of the account emails in `locale` and sends it. */
export async function sendTemplatedEmail(
  kind: Kind,
  to: string,
  localeValue: string,
  link: string,
  vars: Record<string, string> = {},
) {
  const locale: Locale = isLocale(localeValue) ? localeValue : "en";
  const t = getFixedT(locale, "emails");
  const paragraphs = [
    vars.name ? t("greeting", vars) : t("greetingPlain"),
    t(`${kind}.intro`, vars),
    t(`${kind}.expiry`, vars),
  ];
  const subject = t(`${kind}.subject`, vars);
  const action = t(`${kind}.action`, vars);
  const footer = t("footer");
  const text = [...paragraphs, "", `${action}: ${link}`, "", footer].join("\n");
  await sendEmail({
    to,
    subject,
    text,
    html: renderHtml(locale, paragraphs, { href: link, label: action }, footer),
    kind,
    locale,
  });
}

export function sendAccountEmail(
  kind: "verify" | "reset" | "signupExisting",
  user: { email: string; name: string; locale: string },
  link: string,
) {
  return sendTemplatedEmail(kind, user.email, user.locale, link, { name: user.name });
}

type NoticeKind =
  | "contactRequest"
  | "contactAccepted"
  | "contactDeclined"
  | "forumReply"
  | "forumMention"
  | "forumSolution"
  | "forumModeration"
  | "digest";

/**
 * An email that tells a person something happened on Portolan (in their
 * language) and links to it. `vars.message` is quoted as the sender wrote it.
 */
export async function sendNoticeEmail(
  kind: NoticeKind,
  user: { email: string; name: string; locale: string },
  link: string,
  vars: Record<string, string> = {},
) {
  const locale: Locale = isLocale(user.locale) ? user.locale : "en";
  const t = getFixedT(locale, "emails");
  const all = { ...vars, name: user.name };
  const paragraphs = [t("greeting", all), t(`${kind}.intro`, all), ...(vars.message ? [`“${vars.message}”`] : [])];
  const subject = t(`${kind}.subject`, all);
  const action = t(`${kind}.action`, all);
  const footer = t("footer");
  const text = [...paragraphs, "", `${action}: ${link}`, "", footer].join("\n");
  await sendEmail({
    to: user.email,
    subject,
    text,
    html: renderHtml(locale, paragraphs, { href: link, label: action }, footer),
    kind,
    locale,
  });
}

/** The daily digest: the unread notifications as a list, in the person's language. */
export async function sendDigestEmail(
  user: { email: string; name: string; locale: string },
  items: string[],
  link: string,
) {
  const locale: Locale = isLocale(user.locale) ? user.locale : "en";
  const t = getFixedT(locale, "emails");
  const paragraphs = [t("greeting", { name: user.name }), t("digest.intro")];
  const action = t("digest.action");
  const footer = t("digest.optOut");
  const text = [...paragraphs, "", ...items.map((i) => `• ${i}`), "", `${action}: ${link}`, "", footer].join("\n");
  const html = renderHtml(locale, paragraphs, { href: link, label: action }, footer, items);
  await sendEmail({
    to: user.email,
    subject: t("digest.subject", { count: items.length }),
    text,
    html,
    kind: "digest",
    locale,
  });
}
