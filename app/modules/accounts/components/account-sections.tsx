import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "#app/utils/format.ts";

// The account page's sections that hold no form state of their own.

/** Asks an unconfirmed account to confirm its address, with a button that sends the link again. */
export function VerifyEmailCallout({ email }: { email: string }) {
  const { t } = useTranslation("accounts");
  return (
    <section className="callout" aria-labelledby="verify-title">
      <h2 id="verify-title">{t("account.verify.title")}</h2>
      <p>{t("account.verify.body", { email })}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="resendVerification" />
        <button type="submit" className="button button-secondary">
          {t("account.verify.resend")}
        </button>
      </Form>
    </section>
  );
}

type Membership = { role: "MEMBER" | "ADMIN"; org: { id: string; slug: string; name: string } };

/** The organisations the person belongs to, with their role, and a link to create one. */
export function MyOrganisations({ locale, organisations }: { locale: string; organisations: Membership[] }) {
  const { t } = useTranslation("accounts");
  return (
    <section className="panel" aria-labelledby="orgs-title">
      <h2 id="orgs-title">{t("account.orgs.title")}</h2>
      {organisations.length ? (
        <ul className="plain-list">
          {organisations.map((m) => (
            <li key={m.org.id}>
              <Link to={`/${locale}/orgs/${m.org.slug}`}>{m.org.name}</Link>{" "}
              <span className="badge">{t(`orgs:roles.${m.role}`)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("account.orgs.none")}</p>
      )}
      <p>
        <Link to={`/${locale}/orgs/new`} className="button button-secondary">
          {t("account.orgs.create")}
        </Link>
      </p>
    </section>
  );
}

type SessionRow = {
  id: string;
  device: string;
  ipAddress: string | null;
  createdAt: Date | string;
  lastSeenAt: Date | string;
};

/** The account's sessions: each other one can be ended, or all others at once. */
export function SessionsSection({
  locale,
  sessions,
  currentSessionId,
}: {
  locale: string;
  sessions: SessionRow[];
  currentSessionId: string;
}) {
  const { t } = useTranslation("accounts");
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("account.sessions.title")}</h2>
      <p>{t("account.sessions.count", { count: sessions.length })}</p>
      <div className="table-wrap">
        {/* On phones the rows reflow into cards (app.css .reflow-table): a scrolled table
            holding only text could not be reached by keyboard. Explicit roles keep the table semantics. */}
        <table className="reflow-table" role="table">
          <caption className="visually-hidden">{t("account.sessions.title")}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t("account.sessions.device")}
              </th>
              <th scope="col" role="columnheader">
                {t("account.sessions.started")}
              </th>
              <th scope="col" role="columnheader">
                {t("account.sessions.lastSeen")}
              </th>
              <th scope="col" role="columnheader">
                <span className="visually-hidden">{t("account.sessions.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {sessions.map((s) => (
              <tr key={s.id} role="row">
                <td role="cell">
                  {s.device}
                  {s.ipAddress ? <span className="muted"> · {s.ipAddress}</span> : null}
                </td>
                <td role="cell" data-label={t("account.sessions.started")}>
                  {formatDateTime(s.createdAt, locale)}
                </td>
                <td role="cell" data-label={t("account.sessions.lastSeen")}>
                  {formatDateTime(s.lastSeenAt, locale)}
                </td>
                <td role="cell">
                  {s.id === currentSessionId ? (
                    <span className="badge badge-ok">{t("account.sessions.current")}</span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="signOutSession" />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <button type="submit" className="link-button">
                        {t("account.sessions.end")}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sessions.length > 1 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="signOutOthers" />
          <button type="submit" className="button button-secondary">
            {t("account.sessions.signOutOthers")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
