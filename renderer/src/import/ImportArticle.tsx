import { useEffect, useRef } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { ArticleStep } from './ArticleStep';
import { ChartsStep } from './ChartsStep';
import { ReviewStep } from './ReviewStep';
import { useImportArticle, type ImportStep } from './useImportArticle';
import './import.css';

const STEPS: readonly ImportStep[] = ['article', 'review', 'charts'];

/**
 * File → Import article… (and the header's Import article… button): three steps in the page's main
 * area, the viewer's header above them. Loaded when first asked for (App.tsx), so start-up does not
 * carry it.
 */
export default function ImportArticle({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const flow = useImportArticle(lang);
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step starts at its heading, for keyboard and screen-reader users alike.
  useEffect(() => {
    heading.current?.focus();
  }, [flow.step]);
  const reached = (step: ImportStep) =>
    step === 'article' || (step === 'review' && flow.extraction !== undefined) || (step === 'charts' && flow.report !== undefined);

  return (
    <section className="import" aria-labelledby="import-title" data-step={flow.step}>
      <div className="import-top">
        <h1 id="import-title" className="page-title" tabIndex={-1} ref={heading}>
          {t(lang, 'import.title')}
        </h1>
        <nav className="import-steps" aria-label={t(lang, 'import.steps')}>
          <ol>
            {STEPS.map((step) => (
              <li key={step}>
                <button type="button" aria-current={flow.step === step ? 'step' : undefined} disabled={!reached(step)} onClick={() => flow.goTo(step)}>
                  {t(lang, `import.step.${step}`)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <button type="button" className="import-button import-close" onClick={onClose}>
          {t(lang, 'import.close')}
        </button>
      </div>
      {flow.status ? (
        <p className={`import-status import-${flow.status.kind}`} role={flow.status.kind === 'error' ? 'alert' : 'status'}>
          {flow.status.text}
        </p>
      ) : null}
      {flow.step === 'article' ? <ArticleStep lang={lang} flow={flow} /> : null}
      {flow.step === 'review' ? <ReviewStep lang={lang} flow={flow} /> : null}
      {flow.step === 'charts' ? <ChartsStep lang={lang} flow={flow} /> : null}
    </section>
  );
}
