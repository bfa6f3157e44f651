import { format } from "node:util";
import { afterAll, afterEach, beforeEach } from "vitest";

// A test fails when something logs console.error that it did not announce
// (docs/style.md, "Tests"): an error in the log is a bug until a test says it
// is expected. Announce with `expectConsoleError(/pattern/)` inside the test.

interface ConsoleWatch {
  expected: { pattern: RegExp; seen: boolean }[];
  unexpected: string[];
}
const key = Symbol.for("portolan.consoleWatch");
const store = globalThis as unknown as Record<symbol, ConsoleWatch | undefined>;
const watch: ConsoleWatch = (store[key] ??= { expected: [], unexpected: [] });

/** Lets the running test log a console.error matching `pattern` (and requires that it does). */
export function expectConsoleError(pattern: RegExp) {
  watch.expected.push({ pattern, seen: false });
}

const original = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = format(...args);
  const match = watch.expected.find((e) => e.pattern.test(text));
  if (match) {
    match.seen = true;
    return;
  }
  watch.unexpected.push(text);
  original(...args);
};

function check(where: string) {
  const unexpected = watch.unexpected.splice(0);
  const missing = watch.expected.filter((e) => !e.seen).map((e) => String(e.pattern));
  watch.expected = [];
  if (unexpected.length) {
    throw new Error(
      `Unexpected console.error ${where} (use expectConsoleError(/…/) if it is expected):\n${unexpected.map((u) => `  ${u.split("\n")[0]}`).join("\n")}`,
    );
  }
  if (missing.length) throw new Error(`Expected console.error ${where} never came: ${missing.join(", ")}`);
}

// Errors logged while the file loads or in beforeAll hooks are checked with the first test.
beforeEach(() => {
  if (watch.unexpected.length) check("before this test");
});
afterEach(() => check("in this test"));
afterAll(() => check("after the tests of this file"));
