import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** A GET search form (works without JavaScript; the URL reproduces the view). */
export function SearchForm({ q, label }: { q: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" role="search" className="search-form">
      <label htmlFor="q">{label}</label>
      <input id="q" name="q" type="search" defaultValue={q} />
      <button type="submit" className="button button-secondary">
        {t("search.submit")}
      </button>
    </Form>
  );
}
