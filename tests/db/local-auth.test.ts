import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitPerVisitor, tooManyFromVisitorMessage } from "../../src/server/auth/limit-per-visitor";
import { createLocalAuth, sessionCookie } from "../../src/server/auth/local";
import type { AuthProvider } from "../../src/server/auth/port";
import type { Database } from "../../src/server/sql/engine";
import { withService } from "../../src/server/sql/with-user";
import { cookieJar } from "../support/cookies";
import { testEngines } from "../support/databases";

const secret = new TextEncoder().encode("a-test-secret-that-is-long-enough-0123456789");
const confirmUrl = new URL("http://localhost:4321/inloggen/bevestigen");

async function lastMailTo(db: Database, email: string) {
  const [mail] = await withService(db, (tx) =>
    tx.query<{ text: string; subject: string }>(
      "select text, subject from private.mail_outbox where to_address = $1 order by created_at desc limit 1",
      [email],
    ),
  );
  const code = /\b(\d{6})\b/.exec(mail.subject)?.[1] ?? "";
  const token = /token_hash=([\w-]+)/.exec(mail.text)?.[1] ?? "";
  return { ...mail, code, token };
}

describe.each(testEngines)("local email sign-in on $name", (engine) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
  });
  afterAll(() => dispose());

  it("mails a 6-digit code and signs in with it, creating the account on first use", async () => {
    const auth = createLocalAuth(db, secret, false);
    const jar = cookieJar();
    await auth.requestCode(jar, "nieuw@example.nl", confirmUrl);
    const { code } = await lastMailTo(db, "nieuw@example.nl");
    expect(code).toMatch(/^\d{6}$/);

    const result = await auth.verifyCode(jar, "nieuw@example.nl", code);
    expect(result.ok).toBe(true);
    const claims = await auth.getClaims(jar);
    expect(claims).toMatchObject({ email: "nieuw@example.nl", role: "authenticated", aud: "authenticated" });
    expect(jar.store.get(sessionCookie)?.options).toMatchObject({ httpOnly: true, sameSite: "lax" });
  });

  it("stores codes only as hashes", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "hash@example.nl", confirmUrl);
    const { code } = await lastMailTo(db, "hash@example.nl");
    const rows = await withService(db, (tx) =>
      tx.query<{ code_hash: string }>("select code_hash from private.sign_in_codes where email = $1", [
        "hash@example.nl",
      ]),
    );
    expect(rows[0].code_hash).not.toContain(code);
  });

  it("accepts a code once only", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "eenmalig@example.nl", confirmUrl);
    const { code } = await lastMailTo(db, "eenmalig@example.nl");
    expect((await auth.verifyCode(cookieJar(), "eenmalig@example.nl", code)).ok).toBe(true);
    expect(await auth.verifyCode(cookieJar(), "eenmalig@example.nl", code)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks a code after five wrong tries, even if the right one comes next", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "raden@example.nl", confirmUrl);
    const { code } = await lastMailTo(db, "raden@example.nl");
    const wrong = code === "000000" ? "111111" : "000000";
    const reasons = [];
    for (let i = 0; i < 5; i++) {
      const result = await auth.verifyCode(cookieJar(), "raden@example.nl", wrong);
      reasons.push(result.ok ? "ok" : result.reason);
    }
    expect(reasons).toEqual(["invalid", "invalid", "invalid", "invalid", "too_many_attempts"]);
    expect(await auth.verifyCode(cookieJar(), "raden@example.nl", code)).toEqual({
      ok: false,
      reason: "too_many_attempts",
    });
  });

  it("refuses an expired code", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "laat@example.nl", confirmUrl);
    const { code } = await lastMailTo(db, "laat@example.nl");
    await withService(db, (tx) =>
      tx.query("update private.sign_in_codes set expires_at = now() - interval '1 minute' where email = $1", [
        "laat@example.nl",
      ]),
    );
    expect(await auth.verifyCode(cookieJar(), "laat@example.nl", code)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("only the newest code works after asking twice", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "twee@example.nl", confirmUrl);
    const first = await lastMailTo(db, "twee@example.nl");
    await auth.requestCode(cookieJar(), "twee@example.nl", confirmUrl);
    const second = await lastMailTo(db, "twee@example.nl");
    if (first.code !== second.code) {
      expect((await auth.verifyCode(cookieJar(), "twee@example.nl", first.code)).ok).toBe(false);
    }
    expect((await auth.verifyCode(cookieJar(), "twee@example.nl", second.code)).ok).toBe(true);
  });

  it("signs in with the magic link once", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "link@example.nl", confirmUrl);
    const { token } = await lastMailTo(db, "link@example.nl");
    const jar = cookieJar();
    expect((await auth.verifyLink(jar, token)).ok).toBe(true);
    expect((await auth.getClaims(jar))?.email).toBe("link@example.nl");
    expect(await auth.verifyLink(cookieJar(), token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("stops mailing codes to one address after five requests in fifteen minutes, and says it did", async () => {
    const auth = createLocalAuth(db, secret, false);
    const outcomes = [];
    for (let i = 0; i < 7; i++)
      outcomes.push(await auth.requestCode(cookieJar(), "spam@example.nl", confirmUrl));
    expect(outcomes).toEqual(["sent", "sent", "sent", "sent", "sent", "limited", "limited"]);
    const [{ count }] = await withService(db, (tx) =>
      tx.query<{ count: number }>(
        "select count(*)::int as count from private.mail_outbox where to_address = $1",
        ["spam@example.nl"],
      ),
    );
    expect(count).toBe(5);
  });

  const mailsTo = async (email: string, kind: string) => {
    const [{ count }] = await withService(db, (tx) =>
      tx.query<{ count: number }>(
        "select count(*)::int as count from private.mail_outbox where to_address = $1 and kind = $2",
        [email, kind],
      ),
    );
    return count;
  };

  async function guessWrong(auth: AuthProvider, email: string, times: number) {
    const { code } = await lastMailTo(db, email);
    const wrong = code === "000000" ? "111111" : "000000";
    const reasons = [];
    for (let i = 0; i < times; i++) {
      const result = await auth.verifyCode(cookieJar(), email, wrong);
      reasons.push(result.ok ? "ok" : result.reason);
    }
    return reasons;
  }

  it("locks codes for an address after ten wrong ones in a day over several codes, and mails the owner once", async () => {
    const auth = createLocalAuth(db, secret, false);
    const email = "geraden@example.nl";
    await auth.requestCode(cookieJar(), email, confirmUrl);
    await guessWrong(auth, email, 5);
    await auth.requestCode(cookieJar(), email, confirmUrl);
    expect(await guessWrong(auth, email, 5)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);

    await auth.requestCode(cookieJar(), email, confirmUrl);
    const fresh = await lastMailTo(db, email);
    expect(await auth.verifyCode(cookieJar(), email, fresh.code)).toEqual({ ok: false, reason: "locked" });
    await guessWrong(auth, email, 3);
    expect(await mailsTo(email, "sign_in_locked")).toBe(1);

    // The link cannot be guessed, so the owner still gets in with it.
    const jar = cookieJar();
    expect((await auth.verifyLink(jar, fresh.token)).ok).toBe(true);
    expect((await auth.getClaims(jar))?.email).toBe(email);
  });

  it("answers a locked address the same whether or not it has an account", async () => {
    const auth = createLocalAuth(db, secret, false);
    await withService(db, (tx) =>
      tx.query("insert into auth.users (email, email_confirmed_at) values ('bekend@example.nl', now())"),
    );
    const answers = [];
    for (const email of ["bekend@example.nl", "onbekend@example.nl"]) {
      await auth.requestCode(cookieJar(), email, confirmUrl);
      await guessWrong(auth, email, 5);
      await auth.requestCode(cookieJar(), email, confirmUrl);
      answers.push(await guessWrong(auth, email, 6));
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0].at(-1)).toBe("locked");
  });

  it("stops one network spraying code requests and guesses over many addresses, but not another network", async () => {
    const auth = limitPerVisitor(createLocalAuth(db, secret, false), db, {
      requestsPerHour: 3,
      verificationsPerHour: 3,
      visitorOf: (ctx) => ctx.clientAddress,
    });
    const sprayer = "198.51.100.7";
    for (let i = 0; i < 3; i++) await auth.requestCode(cookieJar(sprayer), `doel${i}@example.nl`, confirmUrl);
    await expect(auth.requestCode(cookieJar(sprayer), "doel3@example.nl", confirmUrl)).rejects.toThrow(
      tooManyFromVisitorMessage,
    );
    expect(await mailsTo("doel3@example.nl", "sign_in_code")).toBe(0);
    await auth.requestCode(cookieJar("203.0.113.9"), "doel3@example.nl", confirmUrl);
    expect(await mailsTo("doel3@example.nl", "sign_in_code")).toBe(1);

    for (let i = 0; i < 3; i++) await auth.verifyCode(cookieJar(sprayer), `doel${i}@example.nl`, "123456");
    const { code } = await lastMailTo(db, "doel3@example.nl");
    await expect(auth.verifyCode(cookieJar(sprayer), "doel3@example.nl", code)).rejects.toThrow(
      tooManyFromVisitorMessage,
    );
    expect((await auth.verifyCode(cookieJar("203.0.113.9"), "doel3@example.nl", code)).ok).toBe(true);
  });

  it("treats a tampered or foreign session cookie as signed out", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "knoei@example.nl", confirmUrl);
    const jar = cookieJar();
    await auth.verifyCode(jar, "knoei@example.nl", (await lastMailTo(db, "knoei@example.nl")).code);
    const token = jar.store.get(sessionCookie)?.value ?? "";
    const [header, payload, signature] = token.split(".");
    const forged = JSON.parse(Buffer.from(payload, "base64url").toString());
    forged.sub = "00000000-0000-0000-0000-000000000000";
    jar.cookies.set(
      sessionCookie,
      [header, Buffer.from(JSON.stringify(forged)).toString("base64url"), signature].join("."),
    );
    expect(await auth.getClaims(jar)).toBeNull();

    const otherServer = createLocalAuth(
      db,
      new TextEncoder().encode("another-secret-another-secret-another"),
      false,
    );
    jar.cookies.set(sessionCookie, token);
    expect(await otherServer.getClaims(jar)).toBeNull();
  });

  it("ends the session on the server at sign-out, so a copied cookie no longer signs in", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "gekopieerd@example.nl", confirmUrl);
    const browser = cookieJar();
    await auth.verifyCode(
      browser,
      "gekopieerd@example.nl",
      (await lastMailTo(db, "gekopieerd@example.nl")).code,
    );
    const copy = cookieJar();
    copy.cookies.set(sessionCookie, browser.store.get(sessionCookie)?.value ?? "");
    expect((await auth.getClaims(copy))?.email).toBe("gekopieerd@example.nl");

    await auth.signOut(browser);
    expect(await auth.getClaims(copy)).toBeNull();
  });

  it("signing out in one browser leaves the person's other sessions open", async () => {
    const auth = createLocalAuth(db, secret, false);
    const phone = cookieJar();
    const laptop = cookieJar();
    for (const jar of [phone, laptop]) {
      await auth.requestCode(cookieJar(), "twee-apparaten@example.nl", confirmUrl);
      await auth.verifyCode(
        jar,
        "twee-apparaten@example.nl",
        (await lastMailTo(db, "twee-apparaten@example.nl")).code,
      );
    }
    await auth.signOut(phone);
    expect((await auth.getClaims(laptop))?.email).toBe("twee-apparaten@example.nl");
  });

  it("signs out by dropping the session", async () => {
    const auth = createLocalAuth(db, secret, false);
    await auth.requestCode(cookieJar(), "weg@example.nl", confirmUrl);
    const jar = cookieJar();
    await auth.verifyCode(jar, "weg@example.nl", (await lastMailTo(db, "weg@example.nl")).code);
    await auth.signOut(jar);
    expect(await auth.getClaims(jar)).toBeNull();
  });
});
