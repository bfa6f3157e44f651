import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "#app/root.tsx";

/** The root loader's data (locale, signed-in user, origin), from any component. */
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}
