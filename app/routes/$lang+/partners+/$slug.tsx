import { getFormProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { ErrorList, FormErrors, Notice } from "#app/components/ui/field.tsx";
import { contactOrgsOf } from "#app/modules/contacts/contacts.server.ts";
import { createContactRequest, pendingRequestsTo } from "#app/modules/contacts/contact-requests.server.ts";
import { OrgLogo } from "#app/modules/directory/components/org-logo.tsx";
import { ContactRequestSchema } from "#app/modules/contacts/contacts.schema.ts";
import { getProfile, pickDescription, setVerified } from "#app/modules/directory/directory.server.ts";
import { topicsByOrganisation, viewerOf } from "#app/modules/forum/forum.server.ts";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { getFixedT, publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { countryName, formatList, formatNumber, languageName } from "#app/utils/intl.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { canOnOrg, forbidden, hasSiteRole, notFound } from "#app/utils/permissions.server.ts";
import { consume } from "#app/utils/rate-limit.server.ts";

export const handle = { i18n: ["directory", "orgs"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const org = await getProfile(routeParam(params, "slug"));
  if (!org) throw notFound();
  const user = await getUser(request, context);
  const myOrgs = user ? await contactOrgsOf(user.id) : [];
  const here = user ? org.memberships.find((m) => m.user.id === user.id) : undefined;
  // "Member" in PRODUCT.md: someone who belongs to an organisation. Only they see people's names and the contact email.
  const isMember = myOrgs.length > 0 || hasSiteRole(user, "ADMIN");
  const fromOrgs = myOrgs.filter((m) => m.org.id !== org.id).map((m) => m.org);
  const pending = user ? await pendingRequestsTo(org.id, fromOrgs.map((o) => o.id)) : [];
  const topics = await topicsByOrganisation(org.id, await viewerOf(user, myOrgs.length > 0));
  const t = getFixedT(locale, "directory");
  const description = pickDescription(org.descriptions, locale);
  return {
    title: org.name,
    description: description?.text,
    locale,
    signedIn: !!user,
    verifiedEmail: !!user?.emailVerifiedAt,
    isMember,
    canEdit: canOnOrg(user, here ? { role: here.role } : null, "edit"),
    isSiteAdmin: hasSiteRole(user, "ADMIN"),
    isOwnOrg: !!here,
    org: {
      slug: org.slug,
      name: org.name,
      typeLabel: getFixedT(locale, "orgs")(`types.${org.type}`),
      city: org.city,
      countryName: countryName(org.country, locale),
      coordinates: org.latitude !== null && org.longitude !== null ? { lat: org.latitude, lng: org.longitude } : null,
      description,
      descriptionLanguage: description && description.locale !== locale ? languageName(description.locale, locale) : null,
      sectors: org.sectors.map((s) => t(`sectors.${s}`)),
      languages: formatList(org.languages.map((l) => languageName(l, locale)), locale),
      offers: org.offers.map((s) => t(`tags.${s}`)),
      seeks: org.seeks.map((s) => t(`tags.${s}`)),
      offerText: org.offerText,
      seekText: org.seekText,
      openForVisits: org.openForVisits,
      website: org.website,
      foundedYear: org.foundedYear,
      size: org.size,
      verified: !!org.verifiedAt,
      logoHash: org.logoHash,
      updatedAt: org.updatedAt,
      contactEmail: isMember ? org.contactEmail : null,
      memberCount: org.memberships.length,
      members: isMember ? org.memberships.map((m) => ({ name: m.user.name, role: m.role })) : [],
    },
    topics,
    fromOrgs,
    pending: pending.map((p) => ({ org: fromOrgs.find((o) => o.id === p.fromOrgId)?.name ?? "", since: p.createdAt })),
  };
}

const ProfileActionSchema = z.discriminatedUnion("intent", [
  ContactRequestSchema,
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("unverify") }),
]);

type ActionResult = { intent: string; result?: SubmissionResult<string[]>; notice?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const org = await getProfile(routeParam(params, "slug"));
  if (!org) throw notFound();
  const submission = parseWithZod(await readForm(request), { schema: ProfileActionSchema });
  if (submission.status !== "success") {
    return data<ActionResult>({ intent: String(submission.payload.intent ?? ""), result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  if (value.intent === "verify" || value.intent === "unverify") {
    if (!hasSiteRole(user, "ADMIN")) throw forbidden();
    await setVerified(org.id, value.intent === "verify");
    return data<ActionResult>({ intent: value.intent, notice: value.intent === "verify" ? "verified" : "unverified" });
  }
  // A request goes out on behalf of an organisation the sender belongs to, never another one.
  const from = (await contactOrgsOf(user.id)).find((m) => m.org.id === value.fromOrgId)?.org;
  if (!from) {
    return data<ActionResult>({ intent: value.intent, result: submission.reply({ fieldErrors: { fromOrgId: ["validation:choose"] } }) }, { status: 400 });
  }
  if (!user.emailVerifiedAt) {
    return data<ActionResult>({ intent: value.intent, result: submission.reply({ formErrors: ["directory:request.verifyFirst"] }) }, { status: 403 });
  }
  await consume("contactRequest", user.id);
  const r = await createContactRequest({ fromOrg: from, toOrg: org, sender: user, message: value.message, origin: publicOrigin(request) });
  if (!r.ok) {
    return data<ActionResult>({ intent: value.intent, result: submission.reply({ formErrors: [`directory:request.error.${r.error}`] }) }, { status: 409 });
  }
  return data<ActionResult>({ intent: value.intent, result: submission.reply({ resetForm: true }), notice: "requestSent" });
}

export default function PartnerProfile() {
  const { t } = useTranslation("directory");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const o = d.org;
  const [searchParams] = useSearchParams();
  const notice = actionData?.notice ?? (searchParams.get("notice") === "saved" ? "saved" : null);
  const [form, fields] = useForm({
    id: "contact-request",
    lastResult: actionData?.intent === "requestContact" ? actionData.result : undefined,
    constraint: getZodConstraint(ContactRequestSchema),
    defaultValue: { fromOrgId: d.fromOrgs[0]?.id ?? "" },
    shouldValidate: "onBlur",
    // Errors clear while typing, so the button never jumps away under the pointer on blur.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactRequestSchema }),
  });
  const fallback = o.description && o.description.locale !== d.locale ? o.description.locale : null;
  return (
    <div className="page">
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
      {notice ? <Notice>{t(`profile.notice.${notice}`)}</Notice> : null}
      <p className="actions">
        {d.canEdit ? <Link className="button button-secondary" to={`/${d.locale}/partners/${o.slug}/edit`}>{t("profile.edit")}</Link> : null}
        {d.isOwnOrg ? <Link to={`/${d.locale}/orgs/${o.slug}`}>{t("profile.manageMembers")}</Link> : null}
        {d.isMember && !d.isOwnOrg ? <Link to={`/${d.locale}/contacts/new?link=${o.slug}`}>{t("profile.addToContacts")}</Link> : null}
        {d.isSiteAdmin ? (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value={o.verified ? "unverify" : "verify"} />
            <button type="submit" className="link-button">{o.verified ? t("profile.unverify") : t("profile.verify")}</button>
          </Form>
        ) : null}
      </p>

      <div className="two-col profile-body">
        <div className="stack">
          <section aria-labelledby="about-title">
            <h2 id="about-title">{t("profile.about")}</h2>
            {o.description ? (
              <>
                {fallback ? <p className="notice notice-info">{t("profile.descriptionFallback", { language: o.descriptionLanguage })}</p> : null}
                <p lang={fallback ?? undefined}>{o.description.text}</p>
              </>
            ) : (
              <p className="muted">{t("profile.noDescription")}</p>
            )}
          </section>
          <section aria-labelledby="offers-title">
            <h2 id="offers-title">{t("profile.offers")}</h2>
            <ul className="tag-list">{o.offers.map((s) => <li key={s}>{s}</li>)}</ul>
            {o.offerText ? <p>{o.offerText}</p> : null}
          </section>
          <section aria-labelledby="seeks-title">
            <h2 id="seeks-title">{t("profile.seeks")}</h2>
            <ul className="tag-list">{o.seeks.map((s) => <li key={s}>{s}</li>)}</ul>
            {o.seekText ? <p>{o.seekText}</p> : null}
          </section>
        </div>
        <aside className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title">{t("profile.facts")}</h2>
          <dl className="meta-list">
            <dt>{t("profile.sectors")}</dt>
            <dd>{o.sectors.length ? o.sectors.join(", ") : "—"}</dd>
            <dt>{t("profile.languages")}</dt>
            <dd>{o.languages || "—"}</dd>
            <dt>{t("profile.studyVisits")}</dt>
            <dd>{o.openForVisits ? t("profile.visitsYes") : t("profile.visitsNo")}</dd>
            {o.foundedYear ? (
              <>
                <dt>{t("profile.founded")}</dt>
                <dd>{o.foundedYear}</dd>
              </>
            ) : null}
            {o.size ? (
              <>
                <dt>{t("profile.size")}</dt>
                <dd>{t(`sizes.${o.size}`)}</dd>
              </>
            ) : null}
            {o.website ? (
              <>
                <dt>{t("profile.website")}</dt>
                <dd><a href={o.website} rel="noopener nofollow">{o.website.replace(/^https?:\/\//, "")}</a></dd>
              </>
            ) : null}
            <dt>{t("profile.contactEmail")}</dt>
            <dd>
              {o.contactEmail ? <a href={`mailto:${o.contactEmail}`}>{o.contactEmail}</a> : d.isMember ? "—" : <span className="muted">{t("profile.contactEmailHidden")}</span>}
            </dd>
            {o.coordinates ? (
              <>
                <dt>{t("profile.coordinates")}</dt>
                <dd>{formatNumber(o.coordinates.lat, d.locale)}, {formatNumber(o.coordinates.lng, d.locale)}</dd>
              </>
            ) : null}
            <dt>{t("profile.updated")}</dt>
            <dd>{formatDate(o.updatedAt, d.locale)}</dd>
          </dl>
        </aside>
      </div>

      <section aria-labelledby="members-title" className="page-section">
        <h2 id="members-title">{t("profile.members", { count: o.memberCount })}</h2>
        {d.isMember ? (
          o.members.length ? (
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
          )
        ) : (
          <p className="muted">{t("profile.membersPrivate")}</p>
        )}
      </section>

      {d.topics.length ? (
        <section aria-labelledby="topics-title" className="page-section">
          <h2 id="topics-title">{t("profile.topics")}</h2>
          <ul className="plain-list">
            {d.topics.map((topic) => (
              <li key={topic.number}>
                <Link to={`/${d.locale}/forum/t/${topic.number}-${topic.slug}`} lang={topic.language !== d.locale ? topic.language : undefined}>{topic.title}</Link>{" "}
                <span className="muted small">{formatDate(topic.lastPostAt, d.locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!d.isOwnOrg ? (
        <section aria-labelledby="request-title" className="panel page-section">
          <h2 id="request-title">{t("request.title")}</h2>
          <p>{t("request.intro")}</p>
          {d.pending.map((p) => (
            <p key={p.org} className="notice notice-info">{t("request.pending", { org: p.org, date: formatDate(p.since, d.locale) })}</p>
          ))}
          {!d.signedIn ? (
            <SignInButton locale={d.locale} returnTo={`/${d.locale}/partners/${o.slug}`}>{t("request.signIn")}</SignInButton>
          ) : d.fromOrgs.length === 0 ? (
            <p>
              {t("request.needOrg")} <Link to={`/${d.locale}/orgs/new`}>{t("request.createOrg")}</Link>
            </p>
          ) : (
            <Form method="post" {...getFormProps(form)} className="stack narrow">
              <FormErrors errors={form.errors} id={form.errorId} />
              <input type="hidden" name="intent" value="requestContact" />
              <div className="field">
                <label htmlFor={fields.fromOrgId.id}>{t("request.from")}</label>
                <select {...getSelectProps(fields.fromOrgId)} aria-invalid={fields.fromOrgId.errors ? true : undefined} aria-describedby={fields.fromOrgId.errors ? fields.fromOrgId.errorId : undefined}>
                  {d.fromOrgs.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
                </select>
                <ErrorList id={fields.fromOrgId.errorId} errors={fields.fromOrgId.errors} />
              </div>
              <div className="field">
                <label htmlFor={fields.message.id}>{t("request.message")}</label>
                <p className="field-hint" id={`${fields.message.id}-hint`}>{t("request.messageHint")}</p>
                <textarea
                  {...getTextareaProps(fields.message)}
                  rows={5}
                  aria-invalid={fields.message.errors ? true : undefined}
                  aria-describedby={[`${fields.message.id}-hint`, fields.message.errors ? fields.message.errorId : ""].join(" ").trim()}
                />
                <ErrorList id={fields.message.errorId} errors={fields.message.errors} />
              </div>
              <div className="field-checkbox">
                <input type="checkbox" id={fields.consent.id} name={fields.consent.name} aria-invalid={fields.consent.errors ? true : undefined} aria-describedby={fields.consent.errors ? fields.consent.errorId : undefined} />
                <label htmlFor={fields.consent.id}>{t("request.consent")}</label>
              </div>
              <ErrorList id={fields.consent.errorId} errors={fields.consent.errors} />
              <button type="submit" className="button">{t("request.submit")}</button>
            </Form>
          )}
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
