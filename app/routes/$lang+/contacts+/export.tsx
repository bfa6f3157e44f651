import { type LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "#app/modules/access/access.server.ts";
import { contactsToCsv, contactsToVcard } from "#app/modules/contacts/contacts-io.server.ts";
import { requireContactOrg } from "#app/modules/contacts/contacts-page.server.ts";
import { exportContacts } from "#app/modules/contacts/contacts.server.ts";
import { publicOrigin } from "#app/utils/i18n.server.ts";

// GET /<lang>/contacts/export?org=<slug>&format=csv|vcf : every contact of the organisation as a download.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { ctx } = await requireContactOrg(request, context);
  if (!ctx) throw notFound();
  const format = new URL(request.url).searchParams.get("format") === "vcf" ? "vcf" : "csv";
  const contacts = await exportContacts(ctx.org.id);
  const stamp = new Date().toISOString().slice(0, 10);
  const body = format === "csv" ? contactsToCsv(contacts) : contactsToVcard(contacts, publicOrigin(request));
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="contacts-${ctx.org.slug}-${stamp}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
