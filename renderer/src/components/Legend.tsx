import { legendItems } from '../../../electron/common/charts/marks';
import type { ChartModel } from '../../../electron/common/charts/model';

/** Explains only the marks this chart uses: expected, target, derived, open-ended, revised. */
export function Legend({ model }: { model: ChartModel }) {
  const items = legendItems(model);
  if (items.length === 0) return null;
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.label}>
          {item.mark ? <span className={`swatch swatch-${item.mark}`} aria-hidden="true" /> : null}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
