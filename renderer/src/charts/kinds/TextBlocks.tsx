import type { ChartModel } from '../../../../electron/common/charts/model';

/** Structured text where the article has words but no figures. */
export function TextBlocks({ model }: { model: ChartModel }) {
  return (
    <div className="text-blocks">
      {(model.text ?? []).map((block) => (
        <section key={block.heading} className="text-block">
          <h3>{block.heading}</h3>
          <p>{block.body}</p>
          {block.items ? (
            <ul className="chips">
              {block.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
