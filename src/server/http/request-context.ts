import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

const requests = new AsyncLocalStorage<{ id: string; path: string; errorLogged: boolean }>();

/** A short random id per request: the one thing a visitor sees of a server error, and the key into the log. */
export function newRequestId(): string {
  return randomBytes(6).toString("hex");
}

/** Runs a request's handling with its id and path at hand for error logging further down. */
export function runWithRequestId<T>(id: string, path: string, errorLogged: boolean, work: () => T): T {
  return requests.run({ id, path, errorLogged }, work);
}

export function currentRequestId(): string | undefined {
  return requests.getStore()?.id;
}

/** The path of the request being handled; undefined outside one. */
export function currentRequestPath(): string | undefined {
  return requests.getStore()?.path;
}

/**
 * What an error is, without what it says: a database error's SQLSTATE or the error's class name.
 * Messages are never logged, because they can quote personal data (a constraint's key, a field).
 */
export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9_]{1,40}$/i.test(code)) return `${errorName(error)}:${code}`;
    return errorName(error);
  }
  return typeof error;
}

function errorName(error: object): string {
  const name = (error as { name?: unknown }).name;
  return typeof name === "string" && /^\w{1,60}$/.test(name) ? name : "Error";
}

/** Logs the current request's server error by request id, code and path (never the query or the body). */
export function logServerError(error: unknown): void {
  const request = requests.getStore();
  if (request) request.errorLogged = true;
  console.error(
    `Serverfout request=${request?.id ?? "onbekend"} code=${errorCode(error)} pad=${request?.path ?? "onbekend"}`,
  );
}

/** Whether this request's server error was logged already (with its real code). */
export function serverErrorLogged(): boolean {
  return requests.getStore()?.errorLogged ?? false;
}
