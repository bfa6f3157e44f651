import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { useRootData } from "#app/utils/root-data.ts";
import { countryName, formatList } from "#app/utils/intl.ts";

export const handle = { i18n: ["home"], cache: "public" };
export const meta = titleMeta;

const pillars = ["learn", "toolkit", "partners", "trips", "forum", "events"] as const;
const countries = ["DK", "EE", "FI", "DE", "LV", "LT", "NO", "PL", "SE"] as const;

export function loader({ params }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const t = getFixedT(locale, "home");
  // Country names come from ICU, in the page's language.
  return {
    title: t("meta.title"),
    description: t("meta.description"),
    countryList: formatList(
      countries.map((c) => countryName(c, locale)).sort((a, b) => a.localeCompare(b, locale)),
      locale,
    ),
  };
}

export default function Home() {
  const { t } = useTranslation("home");
  const { countryList } = useLoaderData<typeof loader>();
  const root = useRootData();
  const locale = root?.locale ?? "en";
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero-inner">
          <p className="eyebrow">{t("hero.eyebrow")}</p>
          <h1 id="hero-title">{t("hero.title")}</h1>
          <p className="lead">{t("hero.lead")}</p>
          <p className="hero-actions">
            {root?.user ? (
              <Link className="button" to={`/${locale}/account`}>
                {t("hero.toAccount")}
              </Link>
            ) : (
              <>
                <Link className="button" to={`/${locale}/signup`}>
                  {t("hero.join")}
                </Link>{" "}
                <Link className="button button-secondary" to={`/${locale}/login`}>
                  {t("hero.signIn")}
                </Link>
              </>
            )}
          </p>
        </div>
      </section>

      <section className="page-section" aria-labelledby="why-title">
        <h2 id="why-title">{t("why.title")}</h2>
        <div className="two-col">
          <p>{t("why.p1")}</p>
          <p>{t("why.p2")}</p>
        </div>
      </section>

      <section className="page-section" aria-labelledby="what-title">
        <h2 id="what-title">{t("what.title")}</h2>
        <ul className="card-grid">
          {pillars.map((p) => (
            <li key={p} className="card">
              <h3>{t(`what.${p}.title`)}</h3>
              <p>{t(`what.${p}.body`)}</p>
            </li>
          ))}
        </ul>
        <p className="muted">{t("what.status")}</p>
      </section>

      <section className="page-section" aria-labelledby="who-title">
        <h2 id="who-title">{t("who.title")}</h2>
        <p>{t("who.body")}</p>
        <p>{t("who.countries", { list: countryList })}</p>
      </section>

      <section className="page-section" aria-labelledby="origin-title">
        <h2 id="origin-title">{t("origin.title")}</h2>
        <p>{t("origin.body")}</p>
      </section>
    </>
  );
}
