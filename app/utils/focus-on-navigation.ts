import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * After a client-side move to another page, puts focus on the new page's
 * main heading (or `<main>`), as a full page load would start reading there:
 * otherwise focus stays on the header link that was followed and keyboard
 * users tab through the whole header again. Not on the first load, not when
 * only the query changes (filters, pagination) and not for #anchors.
 */
export function useFocusMainOnNavigation() {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (hash) return;
    const main = document.getElementById("main");
    const target = main?.querySelector<HTMLElement>("h1") ?? main;
    if (!target) return;
    if (target !== main && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [pathname, hash]);
}
