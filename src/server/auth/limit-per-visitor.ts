import { nlFormMessages } from "../../domain/i18n/dictionaries/nl-form-messages";
import { visitorKey } from "../client-address";
import { UserFacingError } from "../errors";
import { withinRateLimit } from "../rate-limit";
import type { Database } from "../sql/engine";
import type { AuthProvider, AuthRequest } from "./port";

export interface VisitorLimits {
  /** Code mails one visitor (network address) may ask for per hour, over all addresses. */
  requestsPerHour: number;
  /** Codes and links one visitor may try per hour, over all addresses. */
  verificationsPerHour: number;
  /** The address rate limits count, e.g. the one a trusted proxy appended. */
  visitorOf(ctx: AuthRequest): string;
}

export const tooManyFromVisitorMessage = nlFormMessages.signInCode.tooManyFromVisitor;

/**
 * Wraps any auth adapter with per-visitor limits kept in the database, so they hold across servers
 * and for both adapters: one network cannot spray code requests or guesses over many addresses.
 */
export function limitPerVisitor(auth: AuthProvider, db: Database, limits: VisitorLimits): AuthProvider {
  async function admit(ctx: AuthRequest, purpose: string, perHour: number): Promise<void> {
    if (!(await withinRateLimit(db, purpose, visitorKey(limits.visitorOf(ctx)), perHour))) {
      throw new UserFacingError((t) => t.signInCode.tooManyFromVisitor);
    }
  }

  return {
    name: auth.name,
    async requestCode(ctx, email, confirmUrl) {
      await admit(ctx, "sign_in_request", limits.requestsPerHour);
      return auth.requestCode(ctx, email, confirmUrl);
    },
    async verifyCode(ctx, email, code) {
      await admit(ctx, "sign_in_verify", limits.verificationsPerHour);
      return auth.verifyCode(ctx, email, code);
    },
    async verifyLink(ctx, tokenHash) {
      await admit(ctx, "sign_in_verify", limits.verificationsPerHour);
      return auth.verifyLink(ctx, tokenHash);
    },
    getClaims: (ctx) => auth.getClaims(ctx),
    signOut: (ctx) => auth.signOut(ctx),
  };
}
