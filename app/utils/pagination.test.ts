import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageCount, pageParam, pageWindow } from "./pagination.ts";

describe("pagination", () => {
  it.each([
    ["", 1],
    ["?page=3", 3],
    ["?page=0", 1],
    ["?page=-2", 1],
    ["?page=2.5", 1],
    ["?page=abc", 1],
    ["?page=99999999999999999999", 1],
    [`?page=${MAX_PAGE}`, MAX_PAGE],
  ])("page of %s is %i", (search, page) => {
    expect(pageParam(`http://x.test/list${search}`)).toBe(page);
  });
  it("counts pages and windows", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
    expect(pageWindow(3, 20)).toEqual({ skip: 40, take: 20 });
  });
});
