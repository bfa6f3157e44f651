// Shared Remix settings; vite.config.ts imports them so that the Vite plugin
// and any tool that reads this file agree (docs/decisions/001-stack.md).
import { flatRoutes } from "remix-flat-routes";

/** All v3 future flags on, so that the move to React Router 7 is a codemod. */
export const future = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_lazyRouteDiscovery: true,
  v3_singleFetch: true,
};

/** remix-flat-routes finds the routes; Remix's own convention ignores every file. */
export const ignoredRouteFiles = ["**/*"];
/** @type {"esm"} */
export const serverModuleFormat = "esm";

/** Routes come from remix-flat-routes' hybrid "+" folders under app/routes. */
export const routes = async (defineRoutes) =>
  flatRoutes("routes", defineRoutes, {
    ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/*.css"],
  });

export default { future, ignoredRouteFiles, serverModuleFormat, routes };
