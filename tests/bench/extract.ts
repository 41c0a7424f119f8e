import { devSet } from '../extract/dev-set';
import { ratio, score, type Row } from '../extract/score';
import { articleText } from '../../electron/common/extract/article-text';
import { extractFigures } from '../../electron/common/extract/figures';
import { extractArticle } from '../../electron/common/extract';

/**
 * npm run bench (extraction): recall and precision per development article and in total, for value
 * with unit and for the whole figure; then the time to read a 10,000-character article, end to end
 * (text, script copy, rules), as a median of many runs after a warm-up. Prints JSON for
 * scripts/bench-extract.mjs.
 */
const [articlesDir = '', runsArg = '60', heldOutDir = ''] = process.argv.slice(2);
const articles = devSet(articlesDir);

const measure = (article: (typeof articles)[number]) => {
  const { figures } = extractFigures(articleText(article.text, 'txt'), article.date === undefined ? {} : { date: article.date });
  const proposals: Row[] = figures.map((f) => ({
    value: f.value,
    ...(f.upper === undefined ? {} : { upper: f.upper }),
    unit: f.unit,
    qualifier: f.qualifier,
    status: f.status,
    period: f.period ?? '',
  }));
  const s = score(article.truth, proposals);
  return {
    name: article.name,
    script: article.script,
    truth: s.truth,
    proposed: s.proposed,
    valueUnit: { matched: s.valueUnit.matched, recall: ratio(s.valueUnit.matched, s.truth), precision: ratio(s.valueUnit.matched, s.proposed) },
    whole: { matched: s.whole.matched, recall: ratio(s.whole.matched, s.truth), precision: ratio(s.whole.matched, s.proposed) },
    // The misses by field: what a reviewer would correct.
    missed: s.whole.missed.map((m) => `${m.value}${m.upper === undefined ? '' : `~${m.upper}`} ${m.unit} ${m.qualifier} ${m.status} ${m.period}`),
  };
};
type Measured = ReturnType<typeof measure>;

function totalOf(perArticle: readonly Measured[]) {
  const sum = (pick: (a: Measured) => number) => perArticle.reduce((n, a) => n + pick(a), 0);
  const truth = sum((a) => a.truth);
  const proposed = sum((a) => a.proposed);
  const valueUnit = sum((a) => a.valueUnit.matched);
  const whole = sum((a) => a.whole.matched);
  return {
    articles: perArticle.length,
    truth,
    proposed,
    valueUnit: { recall: ratio(valueUnit, truth), precision: ratio(valueUnit, proposed) },
    whole: { recall: ratio(whole, truth), precision: ratio(whole, proposed) },
  };
}

const perArticle = articles.map(measure);
const total = totalOf(perArticle);
const heldOut = heldOutDir === '' ? [] : devSet(heldOutDir).map(measure);
const heldOutTotal = totalOf(heldOut);

// A 10,000-character article: the development texts one after another, cut at 10,000.
let long = '';
for (let i = 0; long.length < 10_000; i++) long += `${articles[i % articles.length]?.text ?? ''}\n\n`;
long = long.slice(0, 10_000);
const runs = Number(runsArg);
for (let i = 0; i < 10; i++) extractArticle({ raw: long, format: 'txt', date: '2025-01-01' });
const times: number[] = [];
let found = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  found = extractArticle({ raw: long, format: 'txt', date: '2025-01-01' }).figures.length;
  times.push(performance.now() - started);
}
// The largest article the app takes (1 MB): the development texts again and again, a few runs.
let largest = '';
for (let i = 0; largest.length < 1_000_000; i++) largest += `${articles[i % articles.length]?.text ?? ''}\n\n`;
const largestTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  extractArticle({ raw: largest, format: 'txt', date: '2025-01-01' });
  largestTimes.push(performance.now() - started);
}
console.log(
  JSON.stringify({
    perArticle,
    total,
    heldOut,
    heldOutTotal,
    speed: { characters: long.length, figures: found, times },
    largest: { characters: largest.length, times: largestTimes },
  }),
);
