import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

export function sourceLine(dataset: Dataset, lang: Lang): string {
  return t(lang, 'figure.sourceLine', { author: dataset.source.author[lang], title: dataset.source.title[lang] });
}

/** The line under every chart: who wrote the article the figures come from. */
export function SourceNote({ dataset, lang, onOpen }: { dataset: Dataset; lang: Lang; onOpen: () => void }) {
  return (
    <p className="source-note">
      <span>{sourceLine(dataset, lang)}</span>{' '}
      <button type="button" className="link-button" onClick={onOpen}>
        {t(lang, 'figure.sources')}
      </button>
    </p>
  );
}
