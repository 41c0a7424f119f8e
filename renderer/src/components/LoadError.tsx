import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

/** The whole page when the dataset does not load: what failed, and the loader's message naming the fault. */
export function LoadError({ lang, message }: { lang: Lang; message: string }) {
  return (
    <main className="load-error" role="alert">
      <h1>{t(lang, 'app.datasetError')}</h1>
      <pre>{message}</pre>
    </main>
  );
}
