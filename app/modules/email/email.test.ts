import type net from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "#app/utils/db.server.ts";

// A real SMTP server in the test process; SMTP_URL must be set before the app reads its environment.
const received: { from: string; to: string[]; data: string }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (c) => (data += c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as net.AddressInfo).port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Portolan <no-reply@portolan.test>";
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("with SMTP_URL set, account emails are sent by SMTP in the user's language and marked sent in the outbox", async () => {
  const { signUp } = await import("#app/modules/accounts/accounts.server.ts");
  const { getFixedT } = await import("#app/utils/i18n.server.ts");
  const result = await signUp(
    { name: "Liisa Tamm", email: "liisa@example.test", password: "a long passphrase", locale: "et" },
    "http://portolan.test",
  );
  expect(result.created).toBe(true);
  expect(received).toHaveLength(1);
  expect(received[0].to).toEqual(["liisa@example.test"]);
  expect(received[0].from).toBe("no-reply@portolan.test");
  expect(received[0].data).toContain("http://portolan.test/et/verify-email/");
  const row = await db.outboxEmail.findFirstOrThrow({ where: { to: "liisa@example.test" } });
  expect(row.sentAt).toBeInstanceOf(Date);
  expect(row.error).toBeNull();
  expect(row.subject).toBe(getFixedT("et", "emails")("verify.subject"));
});
