import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "#app/utils/format.ts";
import { formatNumber } from "#app/utils/intl.ts";
import type { ProfilePage } from "../profile-page.server.ts";
import { OrgLogo } from "./org-logo.tsx";

type Props = { d: ProfilePage };

/** Logo, type, name with the verified badge, and place. */
export function ProfileHead({ d: { org: o } }: Props) {
  const { t } = useTranslation("directory");
  return (
    <div className="profile-head">
      <OrgLogo slug={o.slug} hash={o.logoHash} name={o.name} size={96} />
      <div>
        <p className="eyebrow">{o.typeLabel}</p>
        <h1>
          {o.name} {o.verified ? <span className="badge badge-ok">{t("profile.verified")}</span> : null}
        </h1>
        <p className="lead">{t("list.place", { city: o.city, country: o.countryName })}</p>
      </div>
    </div>
  );
}

/** What the viewer may do here: edit, manage members, add to contacts, (un)verify. */
export function ProfileActions({ d }: Props) {
  const { t } = useTranslation("directory");
  const o = d.org;
  return (
    <p className="actions">
      {d.canEdit ? (
        <Link className="button button-secondary" to={`/${d.locale}/partners/${o.slug}/edit`}>
          {t("profile.edit")}
        </Link>
      ) : null}
      {d.isOwnOrg ? <Link to={`/${d.locale}/orgs/${o.slug}`}>{t("profile.manageMembers")}</Link> : null}
      {d.isMember && !d.isOwnOrg ? (
        <Link to={`/${d.locale}/contacts/new?link=${o.slug}`}>{t("profile.addToContacts")}</Link>
      ) : null}
      {d.isSiteAdmin ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value={o.verified ? "unverify" : "verify"} />
          <button type="submit" className="link-button">
            {o.verified ? t("profile.unverify") : t("profile.verify")}
          </button>
        </Form>
      ) : null}
    </p>
  );
}

function TagSection({ id, title, tags, text }: { id: string; title: string; tags: string[]; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="tag-list">
        {tags.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {text ? <p>{text}</p> : null}
    </section>
  );
}

/** The description (in the reader's language when there is one, marked with its own language otherwise), offers and needs. */
export function ProfileAbout({ d }: Props) {
  const { t } = useTranslation("directory");
  const o = d.org;
  const fallback = o.description && o.description.locale !== d.locale ? o.description.locale : null;
  return (
    <div className="stack">
      <section aria-labelledby="about-title">
        <h2 id="about-title">{t("profile.about")}</h2>
        {o.description ? (
          <>
            {fallback ? (
              <p className="notice notice-info">
                {t("profile.descriptionFallback", { language: o.descriptionLanguage })}
              </p>
            ) : null}
            <p lang={fallback ?? undefined}>{o.description.text}</p>
          </>
        ) : (
          <p className="muted">{t("profile.noDescription")}</p>
        )}
      </section>
      <TagSection id="offers-title" title={t("profile.offers")} tags={o.offers} text={o.offerText} />
      <TagSection id="seeks-title" title={t("profile.seeks")} tags={o.seeks} text={o.seekText} />
    </div>
  );
}

/** One term of the facts list; left out when it has nothing to say. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ContactEmail({ d }: Props) {
  const { t } = useTranslation("directory");
  const email = d.org.contactEmail;
  if (email) return <a href={`mailto:${email}`}>{email}</a>;
  return d.isMember ? "—" : <span className="muted">{t("profile.contactEmailHidden")}</span>;
}

/** The facts panel: sectors, languages, visits, founding year, size, website, contact email, coordinates, last update. */
export function ProfileFacts({ d }: Props) {
  const { t } = useTranslation("directory");
  const o = d.org;
  return (
    <aside className="panel" aria-labelledby="facts-title">
      <h2 id="facts-title">{t("profile.facts")}</h2>
      <dl className="meta-list">
        <Fact term={t("profile.sectors")}>{o.sectors.length ? o.sectors.join(", ") : "—"}</Fact>
        <Fact term={t("profile.languages")}>{o.languages || "—"}</Fact>
        <Fact term={t("profile.studyVisits")}>{o.openForVisits ? t("profile.visitsYes") : t("profile.visitsNo")}</Fact>
        <Fact term={t("profile.founded")}>{o.foundedYear || null}</Fact>
        <Fact term={t("profile.size")}>{o.size ? t(`sizes.${o.size}`) : null}</Fact>
        <Fact term={t("profile.website")}>
          {o.website ? (
            <a href={o.website} rel="noopener nofollow">
              {o.website.replace(/^https?:\/\//, "")}
            </a>
          ) : null}
        </Fact>
        <Fact term={t("profile.contactEmail")}>
          <ContactEmail d={d} />
        </Fact>
        <Fact term={t("profile.coordinates")}>
          {o.coordinates
            ? `${formatNumber(o.coordinates.lat, d.locale)}, ${formatNumber(o.coordinates.lng, d.locale)}`
            : null}
        </Fact>
        <Fact term={t("profile.updated")}>{formatDate(o.updatedAt, d.locale)}</Fact>
      </dl>
    </aside>
  );
}

/** The member list: names and org admins for members of the network, the count only for everyone else. */
export function ProfileMembers({ d }: Props) {
  const { t } = useTranslation("directory");
  const o = d.org;
  const list = o.members.length ? (
    <ul className="plain-list">
      {o.members.map((m, i) => (
        <li key={i}>
          {m.name}
          {m.role === "ADMIN" ? <span className="muted"> · {t("profile.orgAdmin")}</span> : null}
        </li>
      ))}
    </ul>
  ) : (
    <p className="muted">{t("profile.noMembers")}</p>
  );
  return (
    <section aria-labelledby="members-title" className="page-section">
      <h2 id="members-title">{t("profile.members", { count: o.memberCount })}</h2>
      {d.isMember ? list : <p className="muted">{t("profile.membersPrivate")}</p>}
    </section>
  );
}

/** The latest forum topics started by the organisation's members (those the viewer may read). */
export function ProfileTopics({ d }: Props) {
  const { t } = useTranslation("directory");
  if (!d.topics.length) return null;
  return (
    <section aria-labelledby="topics-title" className="page-section">
      <h2 id="topics-title">{t("profile.topics")}</h2>
      <ul className="plain-list">
        {d.topics.map((topic) => (
          <li key={topic.number}>
            <Link
              to={`/${d.locale}/forum/t/${topic.number}-${topic.slug}`}
              lang={topic.language !== d.locale ? topic.language : undefined}
            >
              {topic.title}
            </Link>{" "}
            <span className="muted small">{formatDate(topic.lastPostAt, d.locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
