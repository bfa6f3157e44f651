import { type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { isLocale } from "#app/utils/i18n.ts";

// Every page lives under a locale prefix; an unknown prefix is a (translated) 404.
export function loader({ params }: LoaderFunctionArgs) {
  if (!isLocale(params.lang)) throw new Response(null, { status: 404 });
  return null;
}

export default function LocaleLayout() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
