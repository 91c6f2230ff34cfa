/** NL Design System's classes for a form control written as plain HTML, marked invalid when its field has an error. */
export function controlClass(kind: "textbox" | "select" | "textarea", invalid: boolean): string {
  const element = { textbox: "input", select: "select", textarea: "textarea" }[kind];
  return `utrecht-${kind} utrecht-${kind}--html-${element}${invalid ? ` utrecht-${kind}--invalid` : ""}`;
}
