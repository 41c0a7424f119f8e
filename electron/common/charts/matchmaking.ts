import { figureChart } from './build';

/** The matchmaking meeting and door-to-door service: who came and what came of it, a card each. */
export const matchmaking = figureChart({
  id: 'matchmaking',
  page: 'policy',
  kind: 'kpi',
  title: 'chart.matchmaking.title',
  figures: [
    { id: 'matchmaking-automakers' },
    { id: 'matchmaking-financial-institutions' },
    { id: 'matchmaking-auto-parts-intents' },
    { id: 'matchmaking-financing-intents' },
    { id: 'key-enterprises-full-service' },
  ],
});
