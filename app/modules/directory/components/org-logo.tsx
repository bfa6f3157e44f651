/**
 * An organisation's logo, or its initials on a tinted square when it has
 * none. Decorative (empty alt): the name is always written next to it.
 */
export function OrgLogo({
  slug,
  hash,
  name,
  size = 56,
}: {
  slug: string;
  hash: string | null;
  name: string;
  size?: 56 | 96;
}) {
  if (hash) {
    return (
      <img
        className={`org-logo org-logo-${size}`}
        src={`/logo/${slug}?v=${hash}`}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join("");
  return (
    // Sizes are classes, not inline styles: the CSP allows no inline style.
    <span className={`org-logo org-logo-initials org-logo-${size}`} aria-hidden="true">
      {initials}
    </span>
  );
}
