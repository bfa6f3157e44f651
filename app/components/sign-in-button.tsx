import { Form, useLocation } from "@remix-run/react";

/**
 * "Sign in" that brings the visitor back afterwards (to `returnTo`, by default
 * the current page). A GET form rather than a link: a link carrying
 * `?redirectTo=<this page>` is a different URL on every page, and crawlers and
 * link checkers followed thousands of them. Submitting gives the same
 * `/<lang>/login?redirectTo=…`, with or without JavaScript. Inside another
 * form, use a `<button form={id}>` pointing at one of these instead (forms do not nest).
 */
export function SignInButton({
  locale,
  returnTo,
  id,
  className = "link-button",
  children,
}: {
  locale: string;
  returnTo?: string;
  id?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const { pathname, search } = useLocation();
  return (
    <Form method="get" action={`/${locale}/login`} className="sign-in-form" id={id}>
      <input type="hidden" name="redirectTo" value={returnTo ?? pathname + search} />
      <button type="submit" className={className}>
        {children}
      </button>
    </Form>
  );
}
