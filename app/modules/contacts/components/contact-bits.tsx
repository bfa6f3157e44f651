import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { stages } from "../contacts.schema.ts";

/** The name a contact is known by: person and organisation, whichever exist. */
export function contactLabel(c: { personName: string; organisationName: string; linkedOrg?: { name: string } | null }) {
  const org = c.organisationName || c.linkedOrg?.name || "";
  return c.personName && org ? `${c.personName} (${org})` : c.personName || org;
}

/** Moves a contact to another stage: a select and a button, so it works by keyboard and without JavaScript. */
export function MoveForm({ contactId, stage, label }: { contactId: string; stage: string; label: string }) {
  const { t } = useTranslation("contacts");
  const { search } = useLocation();
  const id = `move-${contactId}`;
  return (
    <Form method="post" action={`?${new URLSearchParams(search)}`} className="move-form" preventScrollReset>
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="contactId" value={contactId} />
      <label htmlFor={id} className="visually-hidden">
        {t("board.moveLabel", { name: label })}
      </label>
      <select id={id} name="stage" defaultValue={stage} key={stage}>
        {stages.map((s) => (
          <option key={s} value={s}>
            {t(`stages.${s}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button-small button-secondary"
        aria-label={t("board.moveNamed", { name: label })}
      >
        {t("board.move")}
      </button>
    </Form>
  );
}

/** Links shared by the contacts pages: views, new, import, export, requests. */
export function ContactsToolbar({
  locale,
  org,
  view,
  incoming,
}: {
  locale: string;
  org: string;
  view?: string;
  incoming?: number;
}) {
  const { t } = useTranslation("contacts");
  const q = `?org=${encodeURIComponent(org)}`;
  return (
    <nav className="sub-nav" aria-label={t("toolbar.label")}>
      <ul>
        <li>
          <Link to={`/${locale}/contacts${q}&view=board`} aria-current={view === "board" ? "page" : undefined}>
            {t("toolbar.board")}
          </Link>
        </li>
        <li>
          <Link to={`/${locale}/contacts${q}&view=table`} aria-current={view === "table" ? "page" : undefined}>
            {t("toolbar.table")}
          </Link>
        </li>
        <li>
          <Link to={`/${locale}/contacts/new${q}`}>{t("toolbar.new")}</Link>
        </li>
        <li>
          <Link to={`/${locale}/contacts/import${q}`}>{t("toolbar.import")}</Link>
        </li>
        <li>
          <a href={`/${locale}/contacts/export${q}&format=csv`} download>
            {t("toolbar.exportCsv")}
          </a>
        </li>
        <li>
          <a href={`/${locale}/contacts/export${q}&format=vcf`} download>
            {t("toolbar.exportVcard")}
          </a>
        </li>
        <li>
          <Link to={`/${locale}/contacts/requests${q}`} aria-current={view === "requests" ? "page" : undefined}>
            {incoming ? t("toolbar.requestsCount", { count: incoming }) : t("toolbar.requests")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
