import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from "jose";

/**
 * A local stand-in for Supabase Auth (GoTrue) behind the API gateway, for the endpoints
 * supabase-js really calls in our adapter:
 *   POST /auth/v1/otp                          signInWithOtp
 *   POST /auth/v1/verify                       verifyOtp (email + token, or token_hash)
 *   GET  /auth/v1/.well-known/jwks.json        getClaims with an asymmetric (ES256) key
 *   GET  /auth/v1/user                         getClaims with an HS256 token, getUser
 *   POST /auth/v1/token?grant_type=refresh_token   getSession/getClaims near expiry
 *   POST /auth/v1/logout?scope=…               signOut
 * Response and error shapes follow supabase/auth (internal/api/errors.go, verify.go, otp.go,
 * magic_link.go): errors are `{ code, message }` when the request asks for API version
 * 2024-01-01 (supabase-js always does) and `{ code, error_code, msg }` otherwise.
 */

export interface SentOtpMail {
  to: string;
  /** Which GoTrue template would be used: first sign-ins of unconfirmed users get "confirmation". */
  template: "confirmation" | "magic_link";
  /** `{{ .Token }}` */
  token: string;
  /** `{{ .TokenHash }}`: as stored, so with `pkce_` in front when the request carried a code challenge. */
  tokenHash: string;
  /** `{{ .RedirectTo }}` (GoTrue falls back to the Site URL when redirect_to is missing). */
  redirectTo: string;
  /** `{{ .SiteURL }}` */
  siteUrl: string;
}

export interface RecordedRequest {
  method: string;
  /** Path below the project URL, e.g. `/auth/v1/otp`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeError {
  status: number;
  /** GoTrue error code, e.g. `over_request_rate_limit`; omit for a gateway answer that is not GoTrue's. */
  code?: string;
  message: string;
}

export interface FakeSupabaseAuthOptions {
  /** `mailer_otp_exp`; Supabase's default is 3600 seconds. */
  otpLifetimeSeconds?: number;
  /** `jwt_exp`; Supabase's default is 3600 seconds. */
  accessTokenLifetimeSeconds?: number;
  /** `smtp_max_frequency`: minimum gap between two mails to one address; default 60 seconds. */
  emailFrequencySeconds?: number;
  /** ES256 with a JWKS (asymmetric signing keys, the default for new projects) or the legacy HS256 secret. */
  signing?: "ES256" | "HS256";
  /** Behave like a GoTrue that predates API versioning: legacy error shapes only. */
  apiVersioning?: boolean;
}

export interface FakeSupabaseAuth {
  /** The project URL to pass as `url` (the fake serves under /auth/v1 like the gateway does). */
  url: string;
  anonKey: string;
  requests: RecordedRequest[];
  mails: SentOtpMail[];
  /** The newest mail to an address. */
  lastMail(to: string): SentOtpMail | undefined;
  /** Answer the next request to `path` (e.g. `/auth/v1/verify`) with this error instead. */
  failNext(path: string, error: FakeError): void;
  /** Confirmed users by email, with their id. */
  users(): { id: string; email: string }[];
  /** Live (not revoked) sessions. */
  sessionCount(): number;
  close(): Promise<void>;
}

interface Pending {
  hash: string;
  sentAt: number;
}

interface FakeUser {
  id: string;
  email: string;
  createdAt: number;
  confirmedAt: number | null;
  lastSignInAt: number | null;
  confirmation: Pending | null;
  recovery: Pending | null;
  lastMailAt: number | null;
}

interface FakeSession {
  id: string;
  userId: string;
  refreshToken: string;
  revoked: boolean;
}

class GoTrueError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  constructor(status: number, code: string | undefined, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const apiVersionHeader = "x-supabase-api-version";
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function startFakeSupabaseAuth(
  options: FakeSupabaseAuthOptions = {},
): Promise<FakeSupabaseAuth> {
  const otpLifetime = options.otpLifetimeSeconds ?? 3600;
  const accessTokenLifetime = options.accessTokenLifetimeSeconds ?? 3600;
  const emailFrequency = options.emailFrequencySeconds ?? 60;
  const signing = options.signing ?? "ES256";
  const apiVersioning = options.apiVersioning ?? true;

  const kid = randomUUID();
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const publicJwk: JWK = {
    ...(await exportJWK(publicKey)),
    kid,
    alg: "ES256",
    use: "sig",
    key_ops: ["verify"],
    ext: true,
  };
  const hsSecret = new TextEncoder().encode(randomBytes(32).toString("hex"));

  const usersByEmail = new Map<string, FakeUser>();
  const sessions = new Map<string, FakeSession>();
  const injected = new Map<string, FakeError[]>();
  const anonKey = `fake-anon-${randomBytes(8).toString("hex")}`;

  const fake: FakeSupabaseAuth = {
    url: "",
    anonKey,
    requests: [],
    mails: [],
    lastMail: (to) => fake.mails.filter((mail) => mail.to === to.trim().toLowerCase()).at(-1),
    failNext(path, error) {
      injected.set(path, [...(injected.get(path) ?? []), error]);
    },
    users: () =>
      [...usersByEmail.values()]
        .filter((user) => user.confirmedAt !== null)
        .map(({ id, email }) => ({ id, email })),
    sessionCount: () => [...sessions.values()].filter((session) => !session.revoked).length,
    close: async () => {},
  };

  const now = () => Date.now();
  const iso = (ms: number | null) => (ms === null ? undefined : new Date(ms).toISOString());
  const issuer = () => `${fake.url}/auth/v1`;

  function userJson(user: FakeUser): Record<string, unknown> {
    const identityData = {
      email: user.email,
      email_verified: user.confirmedAt !== null,
      phone_verified: false,
      sub: user.id,
    };
    return {
      id: user.id,
      aud: "authenticated",
      role: "authenticated",
      email: user.email,
      email_confirmed_at: iso(user.confirmedAt),
      phone: "",
      confirmation_sent_at: iso(user.confirmation?.sentAt ?? null),
      recovery_sent_at: iso(user.recovery?.sentAt ?? null),
      confirmed_at: iso(user.confirmedAt),
      last_sign_in_at: iso(user.lastSignInAt),
      app_metadata: { provider: "email", providers: ["email"] },
      user_metadata: identityData,
      identities: [
        {
          identity_id: randomUUID(),
          id: user.id,
          user_id: user.id,
          identity_data: identityData,
          provider: "email",
          last_sign_in_at: iso(user.lastSignInAt),
          created_at: iso(user.createdAt),
          updated_at: iso(user.createdAt),
          email: user.email,
        },
      ],
      created_at: iso(user.createdAt),
      updated_at: iso(now()),
      is_anonymous: false,
    };
  }

  async function accessToken(
    user: FakeUser,
    session: FakeSession,
  ): Promise<{ token: string; expiresAt: number }> {
    const iat = Math.floor(now() / 1000);
    const expiresAt = iat + accessTokenLifetime;
    const claims = {
      email: user.email,
      phone: "",
      app_metadata: { provider: "email", providers: ["email"] },
      user_metadata: { email: user.email, email_verified: true, phone_verified: false, sub: user.id },
      role: "authenticated",
      aal: "aal1",
      amr: [{ method: "otp", timestamp: iat }],
      session_id: session.id,
      is_anonymous: false,
    };
    const jwt = new SignJWT(claims)
      .setIssuer(issuer())
      .setSubject(user.id)
      .setAudience("authenticated")
      .setIssuedAt(iat)
      .setExpirationTime(expiresAt);
    const token =
      signing === "ES256"
        ? await jwt.setProtectedHeader({ alg: "ES256", kid, typ: "JWT" }).sign(privateKey)
        : await jwt.setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(hsSecret);
    return { token, expiresAt };
  }

  async function sessionResponse(user: FakeUser, session: FakeSession): Promise<Record<string, unknown>> {
    const { token, expiresAt } = await accessToken(user, session);
    return {
      access_token: token,
      token_type: "bearer",
      expires_in: accessTokenLifetime,
      expires_at: expiresAt,
      refresh_token: session.refreshToken,
      user: userJson(user),
    };
  }

  function newSession(user: FakeUser): FakeSession {
    const session = {
      id: randomUUID(),
      userId: user.id,
      refreshToken: randomBytes(9).toString("base64url"),
      revoked: false,
    };
    sessions.set(session.refreshToken, session);
    return session;
  }

  function userById(id: string): FakeUser | undefined {
    return [...usersByEmail.values()].find((user) => user.id === id);
  }

  /** Validates the bearer token like GoTrue's requireAuthentication middleware. */
  async function authenticated(request: IncomingMessage): Promise<{ user: FakeUser; sessionId: string }> {
    const header = request.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
    if (!token) throw new GoTrueError(401, "no_authorization", "This endpoint requires a valid Bearer token");
    let sub: unknown;
    let sessionId: unknown;
    try {
      const { payload } =
        signing === "ES256"
          ? await jwtVerify(token, publicKey, { algorithms: ["ES256"], audience: "authenticated" })
          : await jwtVerify(token, hsSecret, { algorithms: ["HS256"], audience: "authenticated" });
      sub = payload.sub;
      sessionId = payload.session_id;
    } catch (error) {
      throw new GoTrueError(
        403,
        "bad_jwt",
        `invalid JWT: unable to parse or verify signature, ${String(error)}`,
      );
    }
    const user = typeof sub === "string" ? userById(sub) : undefined;
    if (!user) throw new GoTrueError(403, "user_not_found", "User from sub claim in JWT does not exist");
    const session = [...sessions.values()].find(
      (candidate) => candidate.id === sessionId && !candidate.revoked,
    );
    if (!session)
      throw new GoTrueError(403, "session_not_found", "Session from session_id claim in JWT does not exist");
    return { user, sessionId: session.id };
  }

  function isValid(pending: Pending | null, hash: string): boolean {
    if (!pending) return false;
    const fresh = now() <= pending.sentAt + otpLifetime * 1000;
    return fresh && (pending.hash === hash || pending.hash === `pkce_${hash}`);
  }

  async function otp(body: Record<string, unknown>, query: Record<string, string>): Promise<unknown> {
    const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
    if (!email) throw new GoTrueError(422, "validation_failed", "Password recovery requires an email");
    if (!emailPattern.test(email)) {
      throw new GoTrueError(400, "validation_failed", "Unable to validate email address: invalid format");
    }
    const challenge = typeof body.code_challenge === "string" ? body.code_challenge : "";
    const createUser = body.create_user !== false;
    let user = usersByEmail.get(email);
    if (!user && !createUser) throw new GoTrueError(422, "otp_disabled", "Signups not allowed for otp");
    if (user?.lastMailAt && now() < user.lastMailAt + emailFrequency * 1000) {
      const wait = Math.ceil((user.lastMailAt + emailFrequency * 1000 - now()) / 1000);
      throw new GoTrueError(
        429,
        "over_email_send_rate_limit",
        `For security purposes, you can only request this after ${wait} seconds.`,
      );
    }
    if (!user) {
      user = {
        id: randomUUID(),
        email,
        createdAt: now(),
        confirmedAt: null,
        lastSignInAt: null,
        confirmation: null,
        recovery: null,
        lastMailAt: null,
      };
      usersByEmail.set(email, user);
    }
    const token = randomInt(0, 1_000_000).toString().padStart(6, "0");
    const hash = createHash("sha224")
      .update(email + token)
      .digest("hex");
    const stored = challenge ? `pkce_${hash}` : hash;
    const pending = { hash: stored, sentAt: now() };
    const template = user.confirmedAt === null ? "confirmation" : "magic_link";
    if (template === "confirmation") user.confirmation = pending;
    else user.recovery = pending;
    user.lastMailAt = now();
    fake.mails.push({
      to: email,
      template,
      token,
      tokenHash: stored,
      redirectTo: query.redirect_to ?? fake.url,
      siteUrl: fake.url,
    });
    return {};
  }

  async function verify(body: Record<string, unknown>): Promise<unknown> {
    const type = typeof body.type === "string" ? body.type : "";
    const token = typeof body.token === "string" ? body.token.replaceAll("-", "") : "";
    const tokenHash = typeof body.token_hash === "string" ? body.token_hash : "";
    const rawEmail = typeof body.email === "string" ? body.email : "";
    if (!type) throw new GoTrueError(400, "validation_failed", "Verify requires a verification type");
    if ((!token && !tokenHash) || (token && tokenHash)) {
      throw new GoTrueError(400, "validation_failed", "Verify requires either a token or a token hash");
    }
    if (!["email", "signup", "magiclink"].includes(type)) {
      throw new GoTrueError(400, "validation_failed", "Unsupported verification type");
    }
    let user: FakeUser | undefined;
    if (token) {
      const email = rawEmail.trim().toLowerCase();
      if (!email)
        throw new GoTrueError(
          400,
          "validation_failed",
          "Only an email address or phone number should be provided on verify",
        );
      if (!emailPattern.test(email)) throw new GoTrueError(422, "validation_failed", "Invalid email format");
      const hash = createHash("sha224")
        .update(email + token)
        .digest("hex");
      user = usersByEmail.get(email);
      if (!user) throw new GoTrueError(403, "otp_expired", "Token has expired or is invalid");
      if (isValid(user.confirmation, hash)) user.confirmation = null;
      else if (isValid(user.recovery, hash)) user.recovery = null;
      else throw new GoTrueError(403, "otp_expired", "Token has expired or is invalid");
    } else {
      if (rawEmail)
        throw new GoTrueError(400, "validation_failed", "Only the token_hash and type should be provided");
      user = [...usersByEmail.values()].find(
        (candidate) => candidate.confirmation?.hash === tokenHash || candidate.recovery?.hash === tokenHash,
      );
      if (!user) throw new GoTrueError(403, "otp_expired", "Email link is invalid or has expired");
      const pending = user.confirmation?.hash === tokenHash ? user.confirmation : user.recovery;
      if (!pending || now() > pending.sentAt + otpLifetime * 1000) {
        throw new GoTrueError(403, "otp_expired", "Email link is invalid or has expired");
      }
      if (pending === user.confirmation) user.confirmation = null;
      else user.recovery = null;
    }
    user.confirmedAt ??= now();
    user.lastSignInAt = now();
    return sessionResponse(user, newSession(user));
  }

  async function refresh(body: Record<string, unknown>): Promise<unknown> {
    const refreshToken = typeof body.refresh_token === "string" ? body.refresh_token : "";
    const session = sessions.get(refreshToken);
    const user = session && !session.revoked ? userById(session.userId) : undefined;
    if (!session || session.revoked || !user) {
      throw new GoTrueError(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
    }
    // Rotation: the old refresh token is spent, the session stays.
    sessions.delete(refreshToken);
    session.refreshToken = randomBytes(9).toString("base64url");
    sessions.set(session.refreshToken, session);
    return sessionResponse(user, session);
  }

  async function route(
    request: IncomingMessage,
    path: string,
    query: Record<string, string>,
    body: Record<string, unknown>,
  ) {
    const method = request.method ?? "GET";
    if (method === "GET" && path === "/auth/v1/.well-known/jwks.json") {
      return { status: 200, json: { keys: signing === "ES256" ? [publicJwk] : [] } };
    }
    if (method === "POST" && path === "/auth/v1/otp") return { status: 200, json: await otp(body, query) };
    if (method === "POST" && path === "/auth/v1/verify") return { status: 200, json: await verify(body) };
    if (method === "POST" && path === "/auth/v1/token") {
      if (query.grant_type !== "refresh_token")
        throw new GoTrueError(400, "validation_failed", "unsupported_grant_type");
      return { status: 200, json: await refresh(body) };
    }
    if (method === "GET" && path === "/auth/v1/user") {
      const { user } = await authenticated(request);
      return { status: 200, json: userJson(user) };
    }
    if (method === "POST" && path === "/auth/v1/logout") {
      const { user, sessionId } = await authenticated(request);
      const scope = query.scope ?? "global";
      for (const session of sessions.values()) {
        const mine = session.userId === user.id;
        if (!mine) continue;
        if (
          scope === "global" ||
          (scope === "local" && session.id === sessionId) ||
          (scope === "others" && session.id !== sessionId)
        ) {
          session.revoked = true;
        }
      }
      return { status: 204, json: undefined };
    }
    throw new GoTrueError(404, "not_found", "Not Found");
  }

  function sendError(request: IncomingMessage, response: ServerResponse, error: FakeError): void {
    if (error.code === undefined) {
      // Not GoTrue but the gateway in front of it (Kong): its own shape, no API version.
      response
        .writeHead(error.status, { "content-type": "application/json" })
        .end(JSON.stringify({ message: error.message }));
      return;
    }
    const versioned = apiVersioning && (request.headers[apiVersionHeader] ?? "") >= "2024-01-01";
    if (versioned) {
      response
        .writeHead(error.status, { "content-type": "application/json", [apiVersionHeader]: "2024-01-01" })
        .end(JSON.stringify({ code: error.code, message: error.message }));
    } else {
      response
        .writeHead(error.status, { "content-type": "application/json" })
        .end(JSON.stringify({ code: error.status, error_code: error.code, msg: error.message }));
    }
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void (async () => {
        const url = new URL(request.url ?? "/", "http://127.0.0.1");
        const query = Object.fromEntries(url.searchParams);
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === "string") headers[name] = value;
        }
        fake.requests.push({ method: request.method ?? "GET", path: url.pathname, query, headers, body });

        if (request.headers.apikey !== anonKey) {
          sendError(request, response, { status: 401, message: "Invalid API key" });
          return;
        }
        const queued = injected.get(url.pathname);
        const failure = queued?.shift();
        if (failure) {
          sendError(request, response, failure);
          return;
        }
        try {
          const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
          const { status, json } = await route(request, url.pathname, query, record);
          if (json === undefined) response.writeHead(status).end();
          else response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
        } catch (error) {
          if (error instanceof GoTrueError)
            sendError(request, response, { status: error.status, code: error.code, message: error.message });
          else
            sendError(request, response, { status: 500, code: "unexpected_failure", message: String(error) });
        }
      })();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return fake;
}

/** Renders a GoTrue email template the way Go's text/template would for the fields we use. */
export function renderSupabaseTemplate(template: string, mail: SentOtpMail): string {
  const fields: Record<string, string> = {
    Token: mail.token,
    TokenHash: mail.tokenHash,
    RedirectTo: mail.redirectTo,
    SiteURL: mail.siteUrl,
    Email: mail.to,
  };
  return template.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (whole, field: string) => fields[field] ?? whole);
}
