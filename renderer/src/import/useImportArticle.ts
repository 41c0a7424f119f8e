import { useState } from 'react';
import type { ArticleResult } from '../../../electron/common/contract';
import type { Dataset } from '../../../electron/common/dataset';
import type { ArticleExtraction } from '../../../electron/common/extract';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { ARTICLE_MAX_BYTES } from '../../../electron/common/limits';
import { api, errorMessage } from '../api';
import { showNewReport } from '../open/report-state';
import { initialRows, isArticleDate, isWebAddress, reviewRequest, tally, titleGuess, type Row, type Section, type SourceForm } from './review';

export type ImportStep = 'article' | 'review' | 'charts';
export type ImportStatus = { kind: 'busy' | 'error'; text: string } | undefined;

/** The article as the analyst gave it: pasted (no name) or read from a file (its name gives its format). */
export type ArticleInput = { name?: string; text: string };

/**
 * File → Import article…'s flow: the article (pasted or read from a file here, in the renderer: the
 * Api gets its text, never a path), its source, the review of every proposed figure, the charts the
 * grammar proposes, and the save, after which the saved report is the one shown.
 */
export function useImportArticle(lang: Lang) {
  const [step, setStep] = useState<ImportStep>('article');
  const [article, setArticle] = useState<ArticleInput>({ text: '' });
  const [status, setStatus] = useState<ImportStatus>(undefined);
  // Set once the article has been read: the source form shows, its date from the dateline.
  const [dateline, setDateline] = useState<string | undefined>(undefined);
  const [read, setRead] = useState(false);
  const [source, setSource] = useState<SourceForm>({ date: '', title: '', outlet: '', url: '' });
  const [extraction, setExtraction] = useState<ArticleExtraction | undefined>(undefined);
  const [rows, setRows] = useState<Row[]>([]);
  const [sections, setSections] = useState<Section[]>([{ id: 'section-1', title: t(lang, 'import.defaultSection') }]);
  const [report, setReport] = useState<Dataset | undefined>(undefined);

  const fail = (text: string) => setStatus({ kind: 'error', text: text.split('\n')[0] ?? '' });

  async function call<T>(busy: string, pending: () => Promise<T>): Promise<T | undefined> {
    setStatus({ kind: 'busy', text: busy });
    try {
      const answer = await pending();
      setStatus(undefined);
      return answer;
    } catch (error) {
      fail(errorMessage(error));
      return undefined;
    }
  }

  /** The text changed (typed, pasted or from a file): what was read of the old one no longer holds. */
  function changeArticle(next: ArticleInput): void {
    setArticle(next);
    setRead(false);
    setStatus(undefined);
    // A review of the old text would pair its decisions with the new text's figures: it goes.
    setExtraction(undefined);
    setRows([]);
    setReport(undefined);
  }

  async function openFile(file: File): Promise<void> {
    // Refused before it is read, as the Api would refuse it.
    if (file.size > ARTICLE_MAX_BYTES) {
      fail(`${file.name}: ${t(lang, 'import.tooBig', { max: `${ARTICLE_MAX_BYTES / 2 ** 20} MB` })}`);
      return;
    }
    try {
      // Decoded as UTF-8 (bad bytes become U+FFFD, which the Api counts as not text).
      changeArticle({ name: file.name, text: await file.text() });
    } catch (error) {
      fail(`${file.name}: ${errorMessage(error)}`);
    }
  }

  /** Reads the article once for its dateline, so that the source form can offer it. */
  async function readArticle(): Promise<void> {
    const answer = await call<ArticleResult>(t(lang, 'import.reading'), () => api.extractArticle(article, lang));
    if (answer === undefined) return;
    if (!answer.ok) return fail(answer.message);
    setDateline(answer.extraction.dateline);
    setSource((form) => ({
      ...form,
      date: form.date === '' ? (answer.extraction.dateline ?? '') : form.date,
      title: form.title === '' ? titleGuess(answer.extraction.text) : form.title,
    }));
    setRead(true);
  }

  /** Why the source form cannot go on, or undefined. */
  function sourceProblem(): string | undefined {
    if (!isArticleDate(source.date)) return t(lang, 'import.badDate');
    if (source.title.trim() === '') return t(lang, 'import.noTitle');
    if (source.url.trim() !== '' && !isWebAddress(source.url.trim())) return t(lang, 'import.badUrl');
    return undefined;
  }

  /** Reads the article with its publication date (periods such as 一季度 take their year from it), then the review. */
  async function review(): Promise<void> {
    const problem = sourceProblem();
    if (problem !== undefined) return fail(problem);
    const answer = await call<ArticleResult>(t(lang, 'import.reading'), () => api.extractArticle({ ...article, date: source.date }, lang));
    if (answer === undefined) return;
    if (!answer.ok) return fail(answer.message);
    setExtraction(answer.extraction);
    setRows(initialRows(answer.extraction, answer.measures, sections[0]?.id ?? 'section-1'));
    setReport(undefined);
    setStep('review');
  }

  async function showCharts(): Promise<void> {
    const open = tally(rows).open;
    if (open > 0) return fail(t(lang, 'import.stillOpen', { count: open }));
    const answer = await call(t(lang, 'import.building'), () => api.previewArticleReport(reviewRequest(article, source, sections, rows), lang));
    if (answer === undefined) return;
    if (!answer.ok) return fail(answer.message);
    setReport(answer.dataset);
    setStep('charts');
  }

  async function save(): Promise<void> {
    const answer = await call(t(lang, 'import.saving'), () => api.saveArticleReport(reviewRequest(article, source, sections, rows), lang));
    if (answer === undefined) return;
    // Saved and opened: the viewer starts again on it, as after File → Open report….
    if (answer.ok) showNewReport();
    else if (answer.cancelled !== true) fail(answer.message);
  }

  return {
    step,
    goTo: (next: ImportStep) => {
      setStatus(undefined);
      setStep(next);
    },
    article,
    changeArticle,
    openFile,
    read,
    readArticle,
    dateline,
    source,
    setSource,
    review,
    extraction,
    rows,
    setRows,
    sections,
    setSections,
    showCharts,
    report,
    save,
    status,
    fail,
    clearStatus: () => setStatus(undefined),
  };
}

export type ImportFlow = ReturnType<typeof useImportArticle>;
