import { EventEmitter } from "node:events";
import type { Request, Response } from "express";
import { describe, expect, test } from "vitest";
import { csrfGuard } from "./csrf.js";
import { requestLogger } from "./logging.js";

function run(method: string, headers: Record<string, string>) {
  const req = { method, get: (h: string) => headers[h.toLowerCase()] } as unknown as Request;
  let status = 0;
  let nextCalled = false;
  const res = { status: (s: number) => ((status = s), res), type: () => res, send: () => res } as unknown as Response;
  csrfGuard()(req, res, () => (nextCalled = true));
  return nextCalled ? "next" : status;
}

describe("CSRF guard", () => {
  test("same-origin posts pass, cross-origin posts get 403", () => {
    expect(
      run("POST", { host: "portolan.test", origin: "https://portolan.test", "sec-fetch-site": "same-origin" }),
    ).toBe("next");
    expect(run("POST", { host: "portolan.test", origin: "https://evil.example" })).toBe(403);
    expect(run("POST", { host: "portolan.test", "sec-fetch-site": "cross-site" })).toBe(403);
    expect(
      run("POST", { host: "portolan.test", "sec-fetch-site": "same-site", origin: "https://sub.portolan.test" }),
    ).toBe(403);
    expect(run("POST", { host: "portolan.test", origin: "null" })).toBe(403);
    expect(run("GET", { host: "portolan.test", origin: "https://evil.example" })).toBe("next");
    // Non-browser clients send neither header and carry no ambient cookies.
    expect(run("POST", { host: "portolan.test" })).toBe("next");
  });
});

test("request log lines carry no tokens or query strings", () => {
  const lines: string[] = [];
  const res = Object.assign(new EventEmitter(), { statusCode: 200, get: () => "12" });
  requestLogger((l) => lines.push(l))(
    { method: "GET", path: "/en/reset-password/abcdef123" } as Request,
    res as unknown as Response,
    () => {},
  );
  res.emit("finish");
  expect(lines[0]).toMatch(/^GET \/en\/reset-password\/\[redacted\] 200 12 [\d.]+ms$/);
});
