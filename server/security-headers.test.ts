import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, expect, test } from "vitest";
import { securityHeaders } from "./security-headers.js";

let server: Server;
let base: string;
beforeAll(async () => {
  const app = express();
  app.set("trust proxy", "loopback");
  app.use((_req, res, next) => ((res.locals.cspNonce = "n0nce"), next()));
  app.use(securityHeaders({ mode: "production" }));
  app.get("/", (_req, res) => res.send("ok"));
  server = app.listen(0);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((r) => server.close(r)));

test("framing is forbidden by CSP alone, without a contradicting X-Frame-Options", async () => {
  const response = await fetch(base);
  expect(response.headers.get("x-frame-options")).toBeNull();
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(response.headers.get("content-security-policy")).toContain("'nonce-n0nce'");
});

test("HSTS only on requests that came over https", async () => {
  expect((await fetch(base)).headers.get("strict-transport-security")).toBeNull();
  const secure = await fetch(base, { headers: { "X-Forwarded-Proto": "https" } });
  expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
});
