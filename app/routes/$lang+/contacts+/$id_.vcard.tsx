import { type LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "#app/modules/access/access.server.ts";
import { contactsToVcard } from "#app/modules/contacts/contacts-io.server.ts";
import { requireContactAccess } from "#app/modules/contacts/contacts-page.server.ts";
import { exportContacts } from "#app/modules/contacts/contacts.server.ts";
import { slugify } from "#app/utils/reference/slug.ts";
import { publicOrigin } from "#app/utils/i18n.server.ts";
import { routeParam } from "#app/utils/params.server.ts";

// One contact as a vCard 4.0 file; only members of the owning organisation get it (404 for everyone else).
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const id = routeParam(params, "id");
  const { org } = await requireContactAccess(request, context, id);
  const [contact] = await exportContacts(org.id, id);
  if (!contact) throw notFound();
  const name =
    slugify(contact.personName || contact.organisationName || contact.linkedOrg?.name || "contact") || "contact";
  return new Response(contactsToVcard([contact], publicOrigin(request)), {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.vcf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
