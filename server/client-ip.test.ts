import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, expect, test } from "vitest";
import { clientIp } from "./client-ip.js";

let server: Server;
let port: number;
beforeAll(async () => {
  const app = express();
  app.get("/", (req, res) => res.json({ raw: req.ip, ip: clientIp(req) }));
  // Dual-stack, as app.listen(PORT) listens by default.
  server = app.listen(0, "::");
  await new Promise((r) => server.once("listening", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((r) => server.close(r)));

test("an IPv4 client on a dual-stack listener is shown as plain IPv4, not ::ffff:127.0.0.1", async () => {
  const { raw, ip } = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { raw: string; ip: string };
  expect(raw).toBe("::ffff:127.0.0.1");
  expect(ip).toBe("127.0.0.1");
});

test("IPv6 addresses stay as they are", async () => {
  const { ip } = (await (await fetch(`http://[::1]:${port}/`)).json()) as { ip: string };
  expect(ip).toBe("::1");
});
