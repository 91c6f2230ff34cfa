import type { AstroCookies } from "astro";
import type { AuthRequest } from "../../src/server/auth/port";

interface StoredCookie {
  value: string;
  options: Record<string, unknown>;
}

/** Just enough of Astro's cookie jar to run an auth adapter outside Astro, carried across "requests". */
export function cookieJar(clientAddress = "192.0.2.10"): AuthRequest & { store: Map<string, StoredCookie> } {
  const store = new Map<string, StoredCookie>();
  const cookies = {
    get: (name: string) => {
      const cookie = store.get(name);
      return cookie
        ? {
            value: cookie.value,
            json: () => JSON.parse(cookie.value),
            number: () => Number(cookie.value),
            boolean: () => cookie.value === "true",
          }
        : undefined;
    },
    has: (name: string) => store.has(name),
    set: (name: string, value: string | Record<string, unknown>, options: Record<string, unknown> = {}) => {
      store.set(name, { value: typeof value === "string" ? value : JSON.stringify(value), options });
    },
    delete: (name: string) => {
      store.delete(name);
    },
    merge: () => {},
    headers: function* () {},
  } as unknown as AstroCookies;
  return { cookies, request: new Request("http://localhost:4321/"), clientAddress, store };
}
