import { type LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["home"], cache: "public" };
export const meta = titleMeta;

const sections = ["controller", "data", "cookies", "email", "trackers", "retention", "rights"] as const;

export function loader({ params }: LoaderFunctionArgs) {
  return { title: getFixedT(routeLocale(params), "home")("privacy.title") };
}

export default function Privacy() {
  const { t } = useTranslation("home");
  return (
    <div className="narrow prose">
      <h1>{t("privacy.title")}</h1>
      <p className="lead">{t("privacy.intro")}</p>
      {sections.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`privacy.${s}.title`)}</h2>
          <p>{t(`privacy.${s}.body`)}</p>
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
