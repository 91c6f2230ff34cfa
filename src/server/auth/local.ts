import { signInCodeEmail } from "../mail/templates/sign-in-code";
import { signInLockedEmail } from "../mail/templates/sign-in-locked";
import type { Database } from "../sql/engine";
import { type Claims, type UserTransaction, withService } from "../sql/with-user";
import {
  codeLifetimeMinutes,
  defaultCodesPerWindow,
  hashCode,
  hashLinkToken,
  maxAttemptsPerCode,
  maxFailedCodesPerDay,
  newSignInSecret,
  sameHash,
} from "./codes";
import type { AuthProvider, AuthRequest, RequestCodeOutcome, VerifyFailure, VerifyResult } from "./port";
import { sessionLifetimeSeconds, signSession, verifySession } from "./session-token";

export const sessionCookie = "openhuis_session";

type CodeCheck = { ok: true } | { ok: false; reason: VerifyFailure };

interface CodeRow {
  id: string;
  email: string;
  code_hash: string;
  attempts: number;
  expired: boolean;
}

/** Email codes and magic links kept in our own database, session in a signed httpOnly cookie. */
export function createLocalAuth(
  db: Database,
  secret: Uint8Array,
  secureCookies: boolean,
  codesPerWindow = defaultCodesPerWindow,
): AuthProvider {
  async function signIn(ctx: AuthRequest, email: string): Promise<VerifyResult> {
    const { user, session } = await withService(db, async (tx) => {
      // The code proved the address, so it counts as confirmed from now on.
      const [user] = await tx.query<{ id: string }>(
        `insert into auth.users (email, email_confirmed_at, last_sign_in_at) values ($1, now(), now())
         on conflict (email) do update set last_sign_in_at = now(), updated_at = now(),
           email_confirmed_at = coalesce(auth.users.email_confirmed_at, now())
         returning id`,
        [email],
      );
      // Expired sessions are of no use to anyone: each sign-in clears its own person's.
      await tx.query("delete from private.sessions where user_id = $1 and expires_at < now()", [user.id]);
      const [session] = await tx.query<{ id: string }>(
        `insert into private.sessions (user_id, expires_at)
         values ($1, now() + make_interval(secs => $2)) returning id`,
        [user.id, sessionLifetimeSeconds],
      );
      return { user, session };
    });
    const token = await signSession(secret, { id: user.id, email }, session.id);
    ctx.cookies.set(sessionCookie, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies,
      path: "/",
      maxAge: sessionLifetimeSeconds,
    });
    const claims = await verifySession(secret, token);
    if (!claims) throw new Error("a freshly signed session did not verify");
    return { ok: true, claims };
  }

  async function failedCodesToday(tx: UserTransaction, email: string): Promise<number> {
    const [{ failed }] = await tx.query<{ failed: number }>(
      `select coalesce(sum(attempts), 0)::int as failed from private.sign_in_codes
       where email = $1 and created_at > now() - interval '24 hours'`,
      [email],
    );
    return failed;
  }

  async function sessionClaims(ctx: AuthRequest): Promise<Claims | null> {
    const token = ctx.cookies.get(sessionCookie)?.value;
    return token ? verifySession(secret, token) : null;
  }

  return {
    name: "local",

    async requestCode(_ctx, email, confirmUrl) {
      return withService(db, async (tx): Promise<RequestCodeOutcome> => {
        const [recent] = await tx.query<{ count: number }>(
          `select count(*)::int as count from private.sign_in_codes
           where email = $1 and created_at > now() - interval '15 minutes'`,
          [email],
        );
        if (recent.count >= codesPerWindow) return "limited";
        const { code, linkToken } = newSignInSecret();
        // Only the newest code counts: older unused ones stop working.
        await tx.query(
          "update private.sign_in_codes set used_at = now() where email = $1 and used_at is null",
          [email],
        );
        await tx.query(
          `insert into private.sign_in_codes (email, code_hash, link_hash, expires_at)
           values ($1, $2, $3, now() + make_interval(mins => $4))`,
          [email, hashCode(secret, email, code), hashLinkToken(linkToken), codeLifetimeMinutes],
        );
        const link = new URL(confirmUrl);
        link.searchParams.set("token_hash", linkToken);
        tx.queueMail(signInCodeEmail(email, code, link.toString()));
        return "sent";
      });
    },

    async verifyCode(ctx, email, code) {
      const check = await withService(db, async (tx): Promise<CodeCheck> => {
        const [row] = await tx.query<CodeRow>(
          `select id, email, code_hash, attempts, expires_at < now() as expired from private.sign_in_codes
           where email = $1 and used_at is null order by created_at desc limit 1 for update`,
          [email],
        );
        if (!row) return { ok: false, reason: "invalid" };
        if ((await failedCodesToday(tx, email)) >= maxFailedCodesPerDay)
          return { ok: false, reason: "locked" };
        if (row.attempts >= maxAttemptsPerCode) return { ok: false, reason: "too_many_attempts" };
        if (row.expired) return { ok: false, reason: "expired" };
        if (!sameHash(row.code_hash, hashCode(secret, email, code))) {
          await tx.query("update private.sign_in_codes set attempts = attempts + 1 where id = $1", [row.id]);
          const failed = await failedCodesToday(tx, email);
          if (failed >= maxFailedCodesPerDay) {
            // The row lock above makes failures one at a time, so exactly one of them reaches the limit.
            if (failed === maxFailedCodesPerDay) tx.queueMail(signInLockedEmail(email));
            return { ok: false, reason: "locked" };
          }
          return {
            ok: false,
            reason: row.attempts + 1 >= maxAttemptsPerCode ? "too_many_attempts" : "invalid",
          };
        }
        await tx.query("update private.sign_in_codes set used_at = now() where id = $1", [row.id]);
        return { ok: true };
      });
      return check.ok ? signIn(ctx, email) : check;
    },

    async verifyLink(ctx, tokenHash) {
      const row = await withService(db, async (tx) => {
        const [found] = await tx.query<{ id: string; email: string; expired: boolean }>(
          `select id, email, expires_at < now() as expired from private.sign_in_codes
           where link_hash = $1 and used_at is null and attempts < $2 for update`,
          [hashLinkToken(tokenHash), maxAttemptsPerCode],
        );
        if (found && !found.expired) {
          await tx.query("update private.sign_in_codes set used_at = now() where id = $1", [found.id]);
        }
        return found;
      });
      if (!row) return { ok: false, reason: "invalid" };
      if (row.expired) return { ok: false, reason: "expired" };
      return signIn(ctx, row.email);
    },

    async getClaims(ctx) {
      const claims = await sessionClaims(ctx);
      if (!claims) return null;
      // Runs on every request: one primary-key lookup as the connection's own role, no transaction.
      const [open] = await db.query<{ open: boolean }>(
        "select true as open from private.sessions where id = $1 and revoked_at is null and expires_at > now()",
        [claims.jti],
      );
      return open ? claims : null;
    },

    async signOut(ctx) {
      const claims = await sessionClaims(ctx);
      if (claims) {
        await withService(db, (tx) =>
          tx.query("update private.sessions set revoked_at = now() where id = $1 and revoked_at is null", [
            claims.jti,
          ]),
        );
      }
      ctx.cookies.delete(sessionCookie, { path: "/" });
    },
  };
}
