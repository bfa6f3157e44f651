import { parseWithZod } from "@conform-to/zod";
import { notFound, type Viewer } from "#app/modules/access/access.server.ts";
import { reply } from "#app/utils/action.server.ts";
import { env } from "#app/utils/env.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { countryName } from "#app/utils/intl.ts";
import { ListQuerySchema, UserActionSchema } from "./admin.schema.ts";
import {
  getOutboxEmail,
  listOrganisations,
  listOutbox,
  listUsers,
  setDisabled,
  setSiteRole,
  siteCounts,
} from "./admin.server.ts";

// View models of the admin pages. The routes check `site:administer` (requireAdmin) before calling them.

const listQuery = (url: URL) => ListQuerySchema.parse(Object.fromEntries(url.searchParams));

export async function overviewPage(locale: Locale) {
  return { title: getFixedT(locale, "admin")("overview.title"), counts: await siteCounts(), locale };
}

/** Users matching `?q=`, one page; the admin's own row has no controls. */
export async function usersPage(viewer: Viewer, url: URL, locale: Locale) {
  const { q, page } = listQuery(url);
  return {
    title: getFixedT(locale, "admin")("users.title"),
    locale,
    q,
    page,
    meId: viewer.user?.id ?? null,
    ...(await listUsers(q, page)),
  };
}

/** Changes another user's site role or disables/enables them. An admin cannot lock themselves out; another admin has to do it. */
export async function userAction(viewer: Viewer, form: FormData) {
  const submission = parseWithZod(form, { schema: UserActionSchema });
  if (submission.status !== "success") return reply(400, { error: "invalid" });
  const v = submission.value;
  if (v.userId === viewer.user?.id) return reply(409, { intent: v.intent, error: "self" });
  if (v.intent === "setRole") await setSiteRole(v.userId, v.role);
  else await setDisabled(v.userId, v.intent === "disable");
  return reply(200, { intent: v.intent, notice: v.intent });
}

export async function orgsPage(url: URL, locale: Locale) {
  const { q, page } = listQuery(url);
  const list = await listOrganisations(q, page);
  return {
    title: getFixedT(locale, "admin")("orgs.title"),
    locale,
    q,
    page,
    total: list.total,
    pageCount: list.pageCount,
    organisations: list.organisations.map((o) => ({
      ...o,
      countryName: countryName(o.country, locale),
      members: o._count.memberships,
    })),
  };
}

export async function outboxPage(url: URL, locale: Locale) {
  const { q, page } = listQuery(url);
  return {
    title: getFixedT(locale, "admin")("outbox.title"),
    locale,
    q,
    page,
    smtp: !!env().SMTP_URL,
    ...(await listOutbox(q, page)),
  };
}

/** One stored email, with the links of its text body (a demo follows verification and invitation links from here); 404 when unknown. */
export async function outboxEmailPage(id: string, locale: Locale) {
  const email = await getOutboxEmail(id);
  if (!email) throw notFound();
  const links = [...email.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return { title: email.subject, locale, email, links };
}
