import { beforeAll, describe, expect, test } from "vitest";
import { createOrg, createUser } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import {
  REQUEST_TTL_MS,
  createContactRequest,
  decideContactRequest,
  expireContactRequests,
  listContactRequests,
} from "./contact-requests.server.ts";

// Sending and answering through the pages (and who may) is tested in tests/routes/contacts.test.ts.

const origin = "http://portolan.test";
const message = "We plan a study trip in March and would like to visit you.";

async function world() {
  const receiverAdmin = await createUser({ name: "Rita Receiver", email: "rita@receiver.test", locale: "et" });
  const stranger = await createUser({ name: "Stranger" });
  const to = await createOrg(receiverAdmin.id, "Tallinn Receiver Loft");
  return { receiverAdmin, stranger, to };
}
let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

describe("contact requests", () => {
  test("a declined request shares nothing", async () => {
    const other = await createOrg(w.stranger.id, "Stranger Studio");
    const made = await createContactRequest({ fromOrg: other, toOrg: w.to, sender: w.stranger, message, origin });
    if (!made.ok) throw new Error("setup");
    expect(
      await decideContactRequest({
        requestId: made.id,
        orgId: w.to.id,
        decider: w.receiverAdmin,
        accept: false,
        origin,
      }),
    ).toEqual({ ok: true });
    expect(await db.cooperationContact.count({ where: { requestId: made.id } })).toBe(0);
    const list = await listContactRequests(other.id);
    expect(list.outgoing[0]).toMatchObject({
      status: "DECLINED",
      toOrg: { contactEmail: null },
      decidedBy: { email: null },
    });
  });

  test("pending requests expire after 30 days; the pair may then ask again", async () => {
    const org = await createOrg(w.stranger.id, "Slow Studio");
    const long = new Date(Date.now() - REQUEST_TTL_MS - 60_000);
    const made = await createContactRequest({
      fromOrg: org,
      toOrg: w.to,
      sender: w.stranger,
      message,
      origin,
      now: long,
    });
    if (!made.ok) throw new Error("setup");
    expect(
      await decideContactRequest({
        requestId: made.id,
        orgId: w.to.id,
        decider: w.receiverAdmin,
        accept: true,
        origin,
      }),
    ).toEqual({ ok: false, error: "notPending" });
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("EXPIRED");
    expect(await expireContactRequests()).toBe(0);
    const again = await createContactRequest({ fromOrg: org, toOrg: w.to, sender: w.stranger, message, origin });
    expect(again.ok).toBe(true);
  });
});
