import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import Backend from "i18next-http-backend";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { getInitialNamespaces } from "remix-i18next/client";
import { i18nOptions } from "#app/utils/i18n.ts";

async function hydrate() {
  // The page's language is in <html lang>; strings come from /locales (cached by the browser).
  await i18next
    .use(initReactI18next)
    .use(Backend)
    .init({
      ...i18nOptions,
      lng: document.documentElement.lang,
      ns: getInitialNamespaces(),
      // A route whose namespace is not loaded yet suspends; client navigation
      // runs in a transition, so the old page stays until the strings are
      // here instead of the new one showing raw keys (the server has them all).
      react: { ...i18nOptions.react, useSuspense: true },
      backend: { loadPath: "/locales/{{lng}}/{{ns}}.json" },
    });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
