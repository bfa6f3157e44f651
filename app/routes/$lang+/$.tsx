import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";

// Any path under a locale that no route claims.
export function loader() {
  throw new Response(null, { status: 404 });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
