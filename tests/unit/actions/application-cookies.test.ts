import { describe, expect, it } from "vitest";
import {
  ensureDraftToken,
  forgetDraftToken,
  readDraftToken,
  readSource,
  rememberSource,
} from "../../../src/actions/application-cookies";
import { cookieJar } from "../../support/cookies";

const site = "https://openhuis.nl";

describe("where an applicant came from", () => {
  it("keeps the campaign from the link and the UTM tags of the campaign page it was clicked on", () => {
    const { cookies } = cookieJar();
    rememberSource(
      cookies,
      new URL(`${site}/aanmelden?campagne=pleegouder-worden`),
      `${site}/pleegouder-worden?utm_source=nieuwsbrief&utm_medium=email`,
      true,
    );
    expect(readSource(cookies)).toEqual({
      source: "pleegouder-worden",
      utm: { utm_source: "nieuwsbrief", utm_medium: "email" },
    });
  });

  it("ignores UTM tags from other sites and unknown parameters", () => {
    const { cookies } = cookieJar();
    rememberSource(
      cookies,
      new URL(`${site}/aanmelden?foo=bar`),
      "https://elders.example/?utm_source=spam",
      true,
    );
    expect(readSource(cookies)).toEqual({ source: undefined, utm: {} });
  });

  it("does not trust a tampered cookie", () => {
    const { cookies } = cookieJar();
    cookies.set("openhuis_source", JSON.stringify({ source: 42, utm: { utm_source: "x", evil: "y" } }));
    expect(readSource(cookies)).toEqual({ source: undefined, utm: { utm_source: "x" } });
  });
});

describe("the draft token", () => {
  it("is made once per browser and gone once forgotten (sign-in, sign-out, submit)", () => {
    const { cookies } = cookieJar();
    const token = ensureDraftToken(cookies, true);
    expect(ensureDraftToken(cookies, true)).toBe(token);
    expect(readDraftToken(cookies)).toBe(token);
    forgetDraftToken(cookies);
    expect(readDraftToken(cookies)).toBeUndefined();
  });
});
