const xmlEntities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text safe inside an XML (or SVG) element or attribute value. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => xmlEntities[character]);
