import { describe, expect, it } from "vitest";
import { requestCodeSchema, safeNextPath, verifyCodeSchema } from "../../../src/domain/auth/sign-in";

describe("sign-in input", () => {
  it("accepts an address with spaces and capitals, and stores it in lower case", () => {
    expect(requestCodeSchema.parse({ email: "  Jan.Jansen@Example.NL " }).email).toBe(
      "jan.jansen@example.nl",
    );
  });

  it("tells in Dutch what is wrong with an empty or malformed address", () => {
    const empty = requestCodeSchema.safeParse({ email: "" });
    const malformed = requestCodeSchema.safeParse({ email: "jan@" });
    expect(empty.error?.issues[0].message).toBe("Vul je e-mailadres in.");
    expect(malformed.error?.issues[0].message).toMatch(/geldig e-mailadres/);
  });

  it("accepts a code typed with spaces, as people copy it from an email", () => {
    expect(verifyCodeSchema.parse({ email: "a@b.nl", code: " 123 456 " }).code).toBe("123456");
  });

  it("refuses a code that is not six digits", () => {
    const result = verifyCodeSchema.safeParse({ email: "a@b.nl", code: "12345a" });
    expect(result.error?.issues[0].message).toBe("De code bestaat uit 6 cijfers.");
  });
});

describe("where to go after signing in", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/werving?tab=1")).toBe("/werving?tab=1");
  });

  it("ignores links to other sites, so a crafted link cannot send someone away", () => {
    expect(safeNextPath("https://evil.example")).toBeUndefined();
    expect(safeNextPath("//evil.example")).toBeUndefined();
    expect(safeNextPath("/\\evil.example")).toBeUndefined();
  });
});

describe("crafted next paths", () => {
  it("refuses paths that browsers turn into another host", () => {
    for (const crafted of ["/\t/example.org", "/\n/example.org", "/\\example.org", "/%09/example.org"]) {
      const safe = safeNextPath(crafted);
      expect(safe === undefined || safe.startsWith("/%09")).toBe(true);
    }
    expect(safeNextPath("/\t/example.org")).toBeUndefined();
  });
});

describe("next paths that only become another host after normalising", () => {
  it.each([
    "/..//evil.example/x",
    "/%2e%2e/%2fevil.example",
    "/%2E%2E/%2Fevil.example",
    "/%2e%2e//evil.example",
    "/./..//evil.example",
    "/x/../..//evil.example",
    "/%2fevil.example",
    "/%5cevil.example",
    "/..%2f%2fevil.example",
    "/%252f%252fevil.example/../..//evil.example",
    "/x/..\\/evil.example",
    "/\u0000/evil.example",
    "/%E0%A4%A",
  ])("refuses %j", (crafted) => {
    expect(safeNextPath(crafted)).toBeUndefined();
  });

  it.each([
    ["/werving/../plaatsing", "/plaatsing"],
    ["/./mijn", "/mijn"],
    ["/beheer?organisatie=a%2Fb", "/beheer?organisatie=a%2Fb"],
    ["/aanmelden/stap-2#adres", "/aanmelden/stap-2#adres"],
  ])("keeps the same-site path %j as %j", (given, kept) => {
    expect(safeNextPath(given)).toBe(kept);
  });
});
