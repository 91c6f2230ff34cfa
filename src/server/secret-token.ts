import { randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: for links that act as a key (invitations, cancellations, drafts). */
export const newSecretToken = () => randomBytes(32).toString("base64url");
