import type { Lang } from '../../../electron/common/i18n/languages';
import { Words } from '../text/Words';

/** What is said beside a chart (besideLines: annotations, notes, derived formulas), as a list; nothing when there is none. */
export function FigureNotes({ lines, lang }: { lines: readonly string[]; lang: Lang }) {
  if (lines.length === 0) return null;
  return (
    <ul className="figure-notes">
      {lines.map((line) => (
        <li key={line}>
          <Words text={line} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
