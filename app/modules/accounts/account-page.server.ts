import { listMyOrganisations } from "#app/modules/orgs/orgs.server.ts";
import { describeUserAgent } from "#app/utils/format.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import type { CurrentSession } from "#app/utils/session.server.ts";
import { getAccount, listSessions } from "./accounts.server.ts";

/** The account page: the signed-in person's details, organisations and sessions (the current one marked). */
export async function accountPage(session: CurrentSession, locale: Locale) {
  const userId = session.user.id;
  const [account, sessions, organisations] = await Promise.all([
    getAccount(userId),
    listSessions(userId),
    listMyOrganisations(userId),
  ]);
  return {
    title: getFixedT(locale, "accounts")("account.title"),
    locale,
    account,
    currentSessionId: session.id,
    sessions: sessions.map((s) => ({ ...s, device: describeUserAgent(s.userAgent) })),
    organisations,
  };
}
