import { jwtVerify, SignJWT } from "jose";
import type { Claims } from "../sql/with-user";

const audience = "authenticated";
export const sessionLifetimeSeconds = 8 * 60 * 60;

/** Session claims in Supabase's shape, so RLS sees the same JWT on every auth adapter. */
/** `sessionId` becomes the token's `jti`, the row in private.sessions that signing out closes. */
export async function signSession(
  secret: Uint8Array,
  user: { id: string; email: string },
  sessionId: string,
): Promise<string> {
  return new SignJWT({ email: user.email, role: "authenticated", aal: "aal1", amr: [{ method: "otp" }] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.id)
    .setJti(sessionId)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${sessionLifetimeSeconds}s`)
    .sign(secret);
}

export async function verifySession(secret: Uint8Array, token: string): Promise<Claims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { audience, algorithms: ["HS256"] });
    if (
      typeof payload.sub !== "string" ||
      typeof payload.jti !== "string" ||
      payload.role !== "authenticated"
    )
      return null;
    return { ...payload, sub: payload.sub, role: "authenticated" } as Claims;
  } catch {
    return null;
  }
}
