/** A function refused because the thing asked for is not there or no longer open (P0002, no_data_found). */
export function isNotFoundOrClosed(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P0002";
}
