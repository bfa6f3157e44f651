import { data } from "@remix-run/node";

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** A thrown 400 for a request body that is not a form (rendered as the translated 400 page). */
export const badRequest = () => data({ reason: "badRequest" }, { status: 400 });

/**
 * The submitted form of a POST. Every form action reads its body through here:
 * `request.formData()` throws a TypeError on a JSON (or any non-form) body,
 * which surfaced as a 500; anything that is not a form is a 400 instead.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) throw badRequest();
  try {
    return await request.formData();
  } catch {
    // A form content type with a body that does not parse (a broken multipart boundary, say).
    throw badRequest();
  }
}
