import { Fragment, useMemo } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { profile } from '../../../electron/common/i18n/profiles';
import { lineTokens } from './lines';
import './Words.css';

/**
 * Text that breaks only between words. Browsers break Chinese between any two characters
 * (「專精特新」企/業); here the text may break only where lineTokens allows (word boundaries, never
 * inside a year, a count or a quoted term), marked by <wbr>, with keep-all for the rest.
 */
export function Words({ text, lang }: { text: string; lang: Lang }) {
  const tokens = useMemo(() => (profile(lang).wrap === 'words' ? [text] : lineTokens(text, lang)), [text, lang]);
  if (tokens.length === 1) return <>{text}</>;
  return (
    <span className="words">
      {tokens.map((token, i) => (
        // Tokens repeat (企業 twice), so their position is their identity.
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {token}
        </Fragment>
      ))}
    </span>
  );
}
