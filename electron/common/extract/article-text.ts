/**
 * An article as plain text, whatever it came as: HTML tags and entities removed with block
 * elements as line breaks, Markdown marks removed, and lines broken mid-sentence joined. The result
 * is the text every quote and offset refers to, so it is what a report stores as its source.
 */
export type ArticleFormat = 'txt' | 'html' | 'md';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ensp: ' ',
  emsp: ' ',
};

/** A character an entity may stand for: a Unicode scalar value that is no control character (tab and line feed aside). */
function characterOf(code: number): string {
  const valid = Number.isInteger(code) && code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  if (!valid) return '\uFFFD';
  const ch = String.fromCodePoint(code);
  return /[^\P{Cc}\t\n]/u.test(ch) ? '\uFFFD' : ch;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{2,8});/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return characterOf(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return characterOf(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_NAMES = /^\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|title|dd|dt|figcaption)\b/iu;
const CELL_NAMES = /^\/?(?:td|th)\b/iu;
const DROPPED = ['script', 'style', 'noscript', 'template'];

/**
 * HTML as text, in one pass: a tag becomes a line break (a block), a space (a cell) or nothing; a
 * comment, a script or a style goes whole; the head keeps only its title. Scanned with indexOf, so an
 * unclosed `<` or `<!--` (untrusted input) costs one pass, not one per character.
 */
export function htmlToText(html: string): string {
  let out = '';
  let at = 0;
  const lower = html.toLowerCase();
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, open);
    // A tag starts <a, </a or <!; any other < (5% < 6%) is text.
    if (!/[A-Za-z/!?]/u.test(html[open + 1] ?? '')) {
      out += '<';
      at = open + 1;
      continue;
    }
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) {
      // A lone < is text.
      out += html.slice(open);
      break;
    }
    const tag = html.slice(open + 1, close);
    const name = /^\/?([a-z][a-z0-9]*)/iu.exec(tag)?.[1]?.toLowerCase() ?? '';
    at = close + 1;
    if (!tag.startsWith('/') && (DROPPED.includes(name) || name === 'head')) {
      const end = lower.indexOf(`</${name}`, at);
      const body = html.slice(at, end < 0 ? html.length : end);
      if (name === 'head') out += titleOf(body);
      const after = end < 0 ? -1 : html.indexOf('>', end);
      at = after < 0 ? html.length : after + 1;
      continue;
    }
    if (BLOCK_NAMES.test(tag)) out += '\n';
    else if (CELL_NAMES.test(tag)) out += ' ';
  }
  return decodeEntities(out)
    .replace(/[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+/gu, '\n')
    .trim();
}

/** A page's <title> stays: it is often the only place its headline is. */
function titleOf(head: string): string {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/iu.exec(head);
  return title?.[1] === undefined ? '' : `${title[1]}\n`;
}

/** Markdown without its fenced code blocks (a fence left open runs to the end), line by line. */
function withoutFences(markdown: string): string {
  const kept: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s{0,3}```/u.test(line)) inFence = !inFence;
    else if (!inFence) kept.push(line);
  }
  return kept.join('\n');
}

export function markdownToText(markdown: string): string {
  // Every pattern stays within a line and a bounded length, so unclosed marks cost one pass.
  return withoutFences(markdown)
    .replace(/^\s{0,3}#{1,6}\s+/gmu, '')
    .replace(/^\s{0,3}>\s?/gmu, '')
    .replace(/^\s*[-*+]\s+/gmu, '')
    .replace(/!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/gu, '$1')
    .replace(/\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/gu, '$1')
    .replace(/(\*\*|__)([^\n]{1,500}?)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?!\s)([^*\n]{1,500})\*(?!\w)/gu, '$1')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/gmu, '')
    .replace(/\|/gu, ' ');
}

/** Where a sentence or a heading may end a line. */
const LINE_END = /[。！？!?；;：:」』”’）)】]$/u;

/**
 * A heading: a short line with no sentence end, often numbered (一、 (二) 第三章 1.). It stands alone,
 * and a time word in it holds for what follows.
 */
export function isHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 40) return false;
  if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[章节部分篇]|\d+[.、．]\s*\S)/u.test(trimmed))
    return !/[。！？]./u.test(trimmed);
  return !/[，,。；;！？]/u.test(trimmed);
}

/**
 * Lines broken mid-sentence (a PDF's or an e-mail's hard wraps) joined: a line that does not end a
 * sentence, followed by one that is not a heading, continues it. Chinese joins with no space.
 */
export function joinBrokenLines(text: string): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  let blanks = 0;
  for (const raw of lines) {
    const line = raw.replace(/[ \t\u3000\u00a0]+$/u, '');
    if (line.trim() === '') {
      blanks++;
      out.push(line);
      continue;
    }
    // A long line of prose cut mid-sentence continues after a blank line too (科技成果 / 转化94项).
    const before = out.length - 1 - blanks;
    const prose = out[before];
    if (
      blanks > 0 &&
      prose !== undefined &&
      prose.trim().length >= 30 &&
      !LINE_END.test(prose) &&
      !isHeading(prose) &&
      /^[\p{Script=Han}\d]/u.test(line.trimStart()) &&
      !isHeading(line)
    ) {
      out.length = before + 1;
    }
    blanks = 0;
    const previous = out.at(-1);
    if (previous !== undefined && previous.trim() !== '' && line.trim() !== '' && !LINE_END.test(previous) && !isHeading(previous) && !isHeading(line)) {
      const glue = /[A-Za-z0-9]$/u.test(previous) && /^\s*[A-Za-z0-9]/u.test(line) ? ' ' : '';
      out[out.length - 1] = previous + glue + line.trimStart();
    } else out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

export function articleText(raw: string, format: ArticleFormat): string {
  const plain = format === 'html' ? htmlToText(raw) : format === 'md' ? markdownToText(raw) : raw;
  return joinBrokenLines(plain.replace(/^\uFEFF/u, ''));
}

/** The format a file name says, .htm and .markdown included; anything else is text. */
export function formatOfName(name: string): ArticleFormat {
  if (/\.html?$/iu.test(name)) return 'html';
  if (/\.(?:md|markdown)$/iu.test(name)) return 'md';
  return 'txt';
}
