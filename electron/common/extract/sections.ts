import { isHeading } from './article-text';
import type { ExtractedFigure } from './figures';

/**
 * Sections an article suggests: its headings (一、工业生产 …), each taking the figures below it; the
 * figures before the first heading, or an article with none, go in one section named after the
 * article. The analyst may choose others; this is what the command line writes without asking.
 */
export type SuggestedSections = { sections: Array<{ id: string; title: string }>; sectionOf: string[] };

/** A heading's words without its numbering (一、, （二）, 3.). */
function headingTitle(line: string): string {
  return line
    .trim()
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[章节部分篇]|\d+[.、．])\s*/u, '')
    .trim();
}

export function suggestSections(text: string, figures: readonly ExtractedFigure[], articleTitle: string): SuggestedSections {
  const headings: Array<{ at: number; title: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // The first line is the article's title, not a section of it.
    if (at > 0 && isHeading(line) && headingTitle(line) !== '') headings.push({ at, title: headingTitle(line).slice(0, 40) });
    at += line.length + 1;
  }
  const sections: Array<{ id: string; title: string }> = [];
  const sectionOf = figures.map((figure) => {
    const heading = headings.filter((h) => h.at <= figure.start).at(-1);
    const title = heading?.title ?? articleTitle;
    let section = sections.find((s) => s.title === title);
    if (!section) {
      section = { id: `section-${sections.length + 1}`, title };
      sections.push(section);
    }
    return section.id;
  });
  return { sections, sectionOf };
}

/** The article's title: its first line where that reads as a heading, else undefined. */
export function titleLine(text: string): string | undefined {
  const first = text.split('\n').find((line) => line.trim() !== '');
  return first !== undefined && isHeading(first) ? first.trim() : undefined;
}
