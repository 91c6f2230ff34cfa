/** JSON-LD that is safe inside a `<script>` element, whatever the content says. */
export const serializeJsonLd = (data: object) => JSON.stringify(data).replace(/</g, "\\u003c");
