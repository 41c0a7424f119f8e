import type { ChartModel } from '../../../electron/common/charts/model';
import type { Dataset } from '../../../electron/common/dataset';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { chartSourceLine } from '../../../electron/common/sources';

/** The line under a chart: the sources its figures come from, as the report names them. */
export function sourceLine(dataset: Dataset, model: ChartModel, lang: Lang): string {
  return chartSourceLine(dataset, model, lang, 'figure');
}

/** The line under every chart, and the button that opens its sources with their quotes. */
export function SourceNote({ dataset, model, lang, onOpen }: { dataset: Dataset; model: ChartModel; lang: Lang; onOpen: () => void }) {
  return (
    <p className="source-note">
      <span>{sourceLine(dataset, model, lang)}</span>{' '}
      <button type="button" className="link-button" onClick={onOpen}>
        {t(lang, 'figure.sources')}
      </button>
    </p>
  );
}
