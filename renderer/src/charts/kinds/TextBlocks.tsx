import type { ChartModel } from '../../../../electron/common/charts/model';
import { Words } from '../../text/Words';

/**
 * Structured text where the article has words but no figures. `brief` is a slide's version: each
 * block's one-line summary and its names, the article's prose staying in the viewer.
 */
export function TextBlocks({ model, brief = false }: { model: ChartModel; brief?: boolean }) {
  return (
    <div className="text-blocks">
      {(model.text ?? []).map((block) => {
        const text = brief ? block.summary : block.body;
        return (
          <section key={block.heading} className="text-block">
            <h3>
              <Words text={block.heading} lang={model.lang} />
            </h3>
            {text ? (
              <p>
                <Words text={text} lang={model.lang} />
              </p>
            ) : null}
            {block.items ? (
              <ul className="chips">
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
