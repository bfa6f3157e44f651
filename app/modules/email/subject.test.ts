import { expect, test } from "vitest";
import { db } from "#app/utils/db.server.ts";
import { sendEmail } from "./email.server.ts";

test("a line break in a subject never reaches the mail headers", async () => {
  await sendEmail({
    to: "a@example.test",
    subject: "Reply from Eve\r\nBcc: all@example.org\nX",
    text: "t",
    html: "<p>t</p>",
    kind: "forumReply",
    locale: "en",
  });
  const row = await db.outboxEmail.findFirstOrThrow({ where: { to: "a@example.test" } });
  expect(row.subject).toBe("Reply from Eve Bcc: all@example.org X");
});
