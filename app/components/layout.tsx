import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { localeNames, locales, pathInLocale, type Locale } from "#app/utils/i18n.ts";

type HeaderUser = { name: string; siteRole: "USER" | "MODERATOR" | "ADMIN"; unread?: number } | null;

/**
 * Sections of the product in the order the header shows them. A section is
 * linked only once it is built (PRODUCT.md: no links to unbuilt pages).
 */
const sections: { key: string; path: string; built: boolean }[] = [
  { key: "learn", path: "learn", built: true },
  { key: "toolkit", path: "toolkit", built: false },
  { key: "partners", path: "partners", built: true },
  { key: "trips", path: "trips", built: false },
  { key: "forum", path: "forum", built: true },
  { key: "events", path: "events", built: false },
];

/** Links to the current page in every locale; works without JavaScript. */
export function LanguageSwitcher({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <details className="lang-switcher">
      <summary>
        <span className="visually-hidden">{t("language.label")}: </span>
        <svg
          aria-hidden="true"
          className="icon"
          viewBox="0 0 24 24"
          width="16"
          height="16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>{" "}
        {localeNames[locale]}
      </summary>
      <ul>
        {locales.map((l) => (
          <li key={l}>
            <a
              href={pathInLocale(pathname, l) + search}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? "true" : undefined}
            >
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function SiteHeader({ locale, user }: { locale: Locale; user: HeaderUser }) {
  const { t } = useTranslation();
  const built = sections.filter((s) => s.built);
  const { pathname, search } = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu is a <details>: without JavaScript it opens and closes by itself;
  // with it, it closes once a link inside has moved to another page.
  useEffect(() => {
    menu.current?.removeAttribute("open");
  }, [pathname, search]);
  const closeOnEscape = (e: React.KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== "Escape" || !menu.current?.open) return;
    menu.current.removeAttribute("open");
    menu.current.querySelector("summary")?.focus();
  };
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="header-inner">
        <Link to={`/${locale}`} className="brand">
          <span aria-hidden="true" className="brand-mark">
            ✦
          </span>{" "}
          Portolan
        </Link>
        <details className="site-menu" ref={menu} onKeyDown={closeOnEscape}>
          <summary>
            <svg
              aria-hidden="true"
              className="icon"
              viewBox="0 0 24 24"
              width="18"
              height="18"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M3 6h18M3 12h18M3 18h18" />
            </svg>
            {t("nav.menu")}
            {user?.unread ? (
              <span className="count-badge" aria-hidden="true">
                {user.unread}
              </span>
            ) : null}
          </summary>
          <div className="site-menu-panel">
            {built.length ? (
              <nav aria-label={t("nav.main")} className="main-nav">
                <ul>
                  {built.map((s) => (
                    <li key={s.key}>
                      <NavLink to={`/${locale}/${s.path}`}>{t(`nav.${s.key}`)}</NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <div className="header-tools">
              <LanguageSwitcher locale={locale} />
              {user ? (
                <nav aria-label={t("nav.account")} className="account-nav">
                  <ul>
                    {user.siteRole !== "USER" ? (
                      <li>
                        <NavLink to={`/${locale}/forum/flags`}>{t("nav.moderation")}</NavLink>
                      </li>
                    ) : null}
                    {user.siteRole === "ADMIN" ? (
                      <li>
                        <NavLink to={`/${locale}/admin`}>{t("nav.admin")}</NavLink>
                      </li>
                    ) : null}
                    <li>
                      <NavLink to={`/${locale}/contacts`}>{t("nav.contacts")}</NavLink>
                    </li>
                    <li>
                      <NavLink
                        to={`/${locale}/notifications`}
                        aria-label={t("nav.notificationsCount", { count: user.unread ?? 0 })}
                      >
                        {t("nav.notifications")}
                        {user.unread ? (
                          <span className="count-badge" aria-hidden="true">
                            {user.unread}
                          </span>
                        ) : null}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to={`/${locale}/account`}>{t("nav.myAccount")}</NavLink>
                    </li>
                    <li>
                      <Form method="post" action={`/${locale}/logout`}>
                        <button type="submit" className="link-button">
                          {t("nav.signOut")}
                        </button>
                      </Form>
                    </li>
                  </ul>
                </nav>
              ) : (
                <nav aria-label={t("nav.account")} className="account-nav">
                  <ul>
                    <li>
                      <SignInButton locale={locale}>{t("nav.signIn")}</SignInButton>
                    </li>
                    <li>
                      <Link to={`/${locale}/signup`} className="button button-small">
                        {t("nav.signUp")}
                      </Link>
                    </li>
                  </ul>
                </nav>
              )}
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}

export function SiteFooter({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <p>{t("footer.tagline")}</p>
        <ul>
          <li>
            <Link to={`/${locale}/privacy`}>{t("footer.privacy")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
