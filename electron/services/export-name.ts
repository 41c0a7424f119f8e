import type { ExportFormat } from '../common/contract';
import type { Lang } from '../common/i18n/languages';
import { t } from '../common/i18n/messages';

/** The file name offered in the save dialog: the app's name, the local date, the language and the format. */
export function defaultExportName(lang: Lang, now: Date, format: ExportFormat): string {
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${t(lang, 'app.title').replaceAll(' ', '-')}-${date}-${lang}.${format}`;
}
