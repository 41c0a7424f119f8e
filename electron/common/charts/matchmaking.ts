import { figureChart } from './build';

/** The supply–demand matchmaking meeting and the door-to-door service team. */
export const matchmaking = figureChart({
  id: 'matchmaking',
  page: 'policy',
  kind: 'hbar',
  title: 'chart.matchmaking.title',
  valueAxis: 'chart.matchmaking.axisY',
  figures: [
    { id: 'matchmaking-automakers' },
    { id: 'matchmaking-financial-institutions' },
    { id: 'matchmaking-auto-parts-intents' },
    { id: 'matchmaking-financing-intents' },
    { id: 'key-enterprises-full-service' },
  ],
});
