/** XML text: escaping, reading attributes, and the namespaces and declaration every part starts from. */

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for element content and double-quoted attributes alike; ' stays as it is, so that
 * formulas read as Excel writes them. Characters XML 1.0 cannot carry at all are dropped: Excel
 * refuses the whole file over one of them.
 */
export function esc(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are exactly what must go
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '').replace(/[&<>"]/gu, (ch) => XML_ESCAPES[ch] ?? ch);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (whole, hex?: string, dec?: string, named?: string) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec, 10));
    return XML_ENTITIES[named ?? ''] ?? whole;
  });
}

/** The attributes of one start tag, unescaped, keyed by their qualified name. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    found.set(m[1] ?? '', unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return found;
}

/** The value of `r:id` whatever prefix the part bound to the relationships namespace. */
export function relationshipId(attrs: Map<string, string>): string | undefined {
  for (const [name, value] of attrs) if (/^\w+:id$/u.test(name)) return value;
  return undefined;
}

/** Inserts before the root's end tag, or expands the root if it is self-closing. */
export function insertBeforeClosing(xml: string, localName: string, content: string): string {
  const closing = new RegExp(`</((?:\\w+:)?${localName})>\\s*$`, 'u');
  if (closing.test(xml)) return xml.replace(closing, (whole) => `${content}${whole}`);
  const empty = new RegExp(`<((?:\\w+:)?${localName})\\b([^>]*?)/>\\s*$`, 'u');
  if (empty.test(xml)) return xml.replace(empty, (_whole, name: string, attrs: string) => `<${name}${attrs}>${content}</${name}>`);
  throw new Error(`Unexpected XML: no closing </${localName}>`);
}
