import { useRef } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { ARTICLE_MAX_BYTES } from '../../../electron/common/limits';
import type { ImportFlow } from './useImportArticle';

/** Step 1: the article (pasted, or a file read here), then its source, the date offered from its dateline. */
export function ArticleStep({ lang, flow }: { lang: Lang; flow: ImportFlow }) {
  const file = useRef<HTMLInputElement>(null);
  const { source, setSource } = flow;
  const field = (key: keyof typeof source) => ({
    value: source[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setSource((form) => ({ ...form, [key]: value }));
    },
  });

  return (
    <div className="import-article">
      <div className="import-paste">
        <label htmlFor="import-text">{t(lang, 'import.pasteLabel')}</label>
        <textarea
          id="import-text"
          value={flow.article.text}
          placeholder={t(lang, 'import.pastePlaceholder')}
          rows={12}
          spellCheck={false}
          onChange={(event) => flow.changeArticle({ text: event.currentTarget.value })}
        />
        <div className="import-row">
          <button type="button" className="import-button" onClick={() => file.current?.click()}>
            {t(lang, 'import.openFile')}
          </button>
          <span className="import-hint">
            {flow.article.name === undefined
              ? t(lang, 'import.fileHint', { max: `${ARTICLE_MAX_BYTES / 2 ** 20} MB` })
              : t(lang, 'import.fromFile', { file: flow.article.name })}
          </span>
          <input
            ref={file}
            type="file"
            accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown"
            hidden
            data-testid="import-article-file"
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (chosen) void flow.openFile(chosen);
            }}
          />
          <button type="button" className="import-primary" disabled={flow.article.text.trim() === ''} onClick={() => void flow.readArticle()}>
            {t(lang, 'import.read')}
          </button>
        </div>
      </div>
      {flow.read ? (
        <form
          className="import-source"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void flow.review();
          }}
        >
          <fieldset>
            <legend>{t(lang, 'import.sourceLegend')}</legend>
            <label>
              <span>{t(lang, 'import.date')}</span>
              <input {...field('date')} name="date" inputMode="numeric" placeholder="YYYY-MM-DD" aria-describedby="import-date-hint" required />
            </label>
            <p id="import-date-hint" className="import-hint">
              {flow.dateline === undefined ? t(lang, 'import.noDateline') : t(lang, 'import.dateFromDateline', { date: flow.dateline })} ·{' '}
              {t(lang, 'import.dateHint')}
            </p>
            <label>
              <span>{t(lang, 'import.sourceTitle')}</span>
              <input {...field('title')} name="title" required />
            </label>
            <label>
              <span>{t(lang, 'import.outlet')}</span>
              <input {...field('outlet')} name="outlet" />
            </label>
            <label>
              <span>{t(lang, 'import.url')}</span>
              <input {...field('url')} name="url" type="url" placeholder="https://" />
            </label>
          </fieldset>
          <button type="submit" className="import-primary">
            {t(lang, 'import.review')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
