import { expect, test } from "vitest";
import { safeRedirectPath } from "./auth.server.ts";

test("only same-site paths are followed after sign-in", () => {
  expect(safeRedirectPath("/de/account?x=1", "/en")).toBe("/de/account?x=1");
  expect(safeRedirectPath("//evil.example/", "/en")).toBe("/en");
  expect(safeRedirectPath("/\\evil.example", "/en")).toBe("/en");
  expect(safeRedirectPath("https://evil.example/", "/en")).toBe("/en");
  expect(safeRedirectPath(undefined, "/en")).toBe("/en");
});
