import { Component, type ReactNode } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';

type Props = { id: string; lang: Lang; children?: ReactNode; error?: string | undefined };

/** One chart that could not be drawn, said in one line in its place; the page's other charts stay. */
export function FigureError({ id, lang, message }: { id: string; lang: Lang; message: string }) {
  return (
    <article className="figure figure-error" role="alert" data-figure={id} id={`chart-${id}`}>
      <p>{t(lang, 'figure.failed', { chart: id, message })}</p>
    </article>
  );
}

/**
 * Catches whatever a chart throws while it renders (a report that passed validation should never
 * make it throw), so that one chart fails alone instead of blanking the page.
 */
export class FigureBoundary extends Component<Props, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    const message = this.props.error ?? this.state.error;
    return message === undefined ? this.props.children : <FigureError id={this.props.id} lang={this.props.lang} message={message} />;
  }
}
