import { z } from 'zod';
import { clip, excerpt, kindOf } from '../excerpt';
import { LANGS } from '../i18n/languages';
import { DEFAULT_EXIT_CHORD } from './chord';

/**
 * The presentation's settings: kiosk.json in the app's userData folder, then the command line
 * (--interval, --display) on top. Every field has a default, so an absent file is a valid one.
 */
const hhmm = z
  .string({ error: 'must be a time of day as HH:MM (00:00–23:59)' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, { error: 'must be a time of day as HH:MM (00:00–23:59)' });

/** The report's charts a playlist may name: their ids and pages, in the report's order. */
export type PlaylistCharts = readonly { id: string; section: string }[];

/** Edits (insert, delete, replace) from a to b, or more than `limit` once it is clear there are more. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** `unknown chart "gdp-pth"; did you mean "gdp-path"?`: the bad id, cut short, and the nearest real one. */
function unknownChart(input: unknown, charts: PlaylistCharts): string {
  const near = typeof input === 'string' && input.length <= 40 ? charts.find((chart) => distance(input, chart.id, 2) <= 2)?.id : undefined;
  const example = charts[1] ?? charts[0];
  const where = example ? `expected a chart id as in its address (#/${example.section}/${example.id})` : 'the report has no charts';
  return `unknown chart ${excerpt(input, 30)}; ${near === undefined ? where : `did you mean "${near}"?`}`;
}

const seconds = (min: number, max: number) =>
  z
    .number({ error: 'must be a number of seconds' })
    .min(min, { error: `must be from ${min} to ${max} seconds` })
    .max(max, { error: `must be from ${min} to ${max} seconds` });

/**
 * Unknown keys are refused (strict objects), not ignored: "intervall": 5 in a lobby's kiosk.json
 * would otherwise leave the show at 15 s with nothing to say why. Slides are checked against the
 * charts of the report the show presents, where it is known (kioskSettingsSchema(charts)).
 */
export function kioskSettingsSchema(charts?: PlaylistCharts) {
  const slide =
    charts === undefined ? z.string() : z.enum(charts.map((c) => c.id) as [string, ...string[]], { error: (issue) => unknownChart(issue.input, charts) });
  return z.strictObject(
    {
      /** Seconds each slide stays on screen; the report's own default (kiosk.secondsPerSlide), else 15, when absent. */
      intervalSeconds: z
        .number({ error: 'must be a number of seconds' })
        .min(1, { error: 'must be at least 1 second' })
        .max(3600, { error: 'must be at most 3600 seconds' })
        .optional(),
      /** Chart ids in the order to show them; the report's playlist, else every chart in the viewer's order, when absent. */
      slides: z
        .array(slide, { error: (issue) => `must be a list of chart ids, like ["${charts?.[0]?.id ?? 'chart-id'}"], not ${kindOf(issue.input)}` })
        .min(1, { error: 'must list at least one chart' })
        .optional(),
      /** One language, or "cycle": each round of slides in the next of zh-Hant, zh-Hans, en. Absent: the viewer's language. */
      lang: z.enum([...LANGS, 'cycle'], { error: `must be one of ${[...LANGS, 'cycle'].join(', ')}` }).optional(),
      /** What unlocks the exit: a PIN typed after Esc, and a key chord (Electron accelerator names). */
      exit: z
        .strictObject(
          {
            pin: z
              .string({ error: 'must be 4 to 8 digits, as a string' })
              .regex(/^\d{4,8}$/u, { error: 'must be 4 to 8 digits, as a string' })
              .optional(),
            chord: z
              .string({ error: 'must be modifiers and one key, like Control+Alt+Shift+Q' })
              .regex(/^(?:(?:Control|Ctrl|Alt|Shift|Meta|CommandOrControl)\+)+[A-Z0-9]$/u, { error: 'must be modifiers and one key, like Control+Alt+Shift+Q' })
              .default(DEFAULT_EXIT_CHORD),
          },
          { error: (issue) => (issue.code === 'invalid_type' ? `must be an object like { "pin": "2468" }, not ${kindOf(issue.input)}` : undefined) },
        )
        .default({ chord: DEFAULT_EXIT_CHORD }),
      /** A paused show resumes after this long without input. */
      resumeAfterSeconds: seconds(5, 3600).default(120),
      /** The pointer hides after this long without moving. */
      hideCursorAfterSeconds: seconds(1, 600).default(3),
      /** Burn-in protection: the whole picture moves by up to maxPixels, every everyMinutes. */
      pixelShift: z
        .strictObject(
          {
            everyMinutes: z
              .number({ error: 'must be a number of minutes' })
              .min(0.1, { error: 'must be from 0.1 to 120 minutes' })
              .max(120, { error: 'must be from 0.1 to 120 minutes' })
              .default(2),
            maxPixels: z
              .number({ error: 'must be a whole number of pixels from 0 to 16' })
              .int({ error: 'must be a whole number of pixels from 0 to 16' })
              .min(0, { error: 'must be a whole number of pixels from 0 to 16' })
              .max(16, { error: 'must be a whole number of pixels from 0 to 16' })
              .default(4),
          },
          {
            error: (issue) =>
              issue.code === 'invalid_type' ? `must be an object like { "everyMinutes": 2, "maxPixels": 4 }, not ${kindOf(issue.input)}` : undefined,
          },
        )
        .default({ everyMinutes: 2, maxPixels: 4 }),
      /** A daily window with a black screen, e.g. 22:00 to 07:00; none when absent. */
      blank: z
        .strictObject(
          { from: hhmm, to: hhmm },
          {
            error: (issue) =>
              issue.code === 'invalid_type' ? `must be an object like { "from": "22:00", "to": "07:00" }, or null, not ${kindOf(issue.input)}` : undefined,
          },
        )
        .nullable()
        .default(null),
      /**
       * The report to present, followed as it changes: a report file (.json) or a workbook this app
       * wrote (.xlsx), e.g. on a shared drive; a path relative to kiosk.json's folder. The bundled
       * report when absent.
       */
      dataset: z.string({ error: 'must be the path of a report file (.json) or workbook (.xlsx)' }).min(1).max(4096).optional(),
      /** The display to present on, 1 = primary; as listed by the operating system. */
      display: z
        .number({ error: 'must be a display number (1 is the primary display)' })
        .int({ error: 'must be a whole number (1 is the primary display)' })
        .min(1, { error: 'must be 1 or more (1 is the primary display)' })
        .max(16, { error: 'must be at most 16' })
        .default(1),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? `must be an object of settings, like { "intervalSeconds": 15 }, not ${kindOf(issue.input)}` : undefined,
    },
  );
}

export type KioskSettings = z.infer<ReturnType<typeof kioskSettingsSchema>>;

/** What the renderer is told: everything but the secrets that unlock the exit, with the report's defaults filled in. */
/** The renderer never sees a path: the report the show follows is the Api's to read. */
export type KioskView = Omit<KioskSettings, 'exit' | 'intervalSeconds' | 'dataset'> & {
  intervalSeconds: number;
  slides: string[];
  exit: { pin: boolean; chord: string };
};

/** Seconds a slide stays when neither kiosk.json nor the report says. */
export const DEFAULT_SECONDS_PER_SLIDE = 15;

/** The report's side of the show: its charts in order, and its default playlist and pace. */
export type ShowReport = { charts: PlaylistCharts; kiosk: { playlist?: string[] | undefined; secondsPerSlide?: number | undefined } };

export function kioskView(settings: KioskSettings, report: ShowReport): KioskView {
  const shown: Partial<KioskSettings> = { ...settings };
  delete shown.dataset;
  return {
    ...(shown as Omit<KioskSettings, 'dataset'>),
    intervalSeconds: settings.intervalSeconds ?? report.kiosk.secondsPerSlide ?? DEFAULT_SECONDS_PER_SLIDE,
    slides: settings.slides ?? report.kiosk.playlist ?? report.charts.map((c) => c.id),
    exit: { pin: settings.exit.pin !== undefined, chord: settings.exit.chord },
  };
}

/** At most this many problems are listed, one a line; then how many more there are. */
const MAX_PROBLEMS = 5;
/** The longest line a problem takes. */
const MAX_LINE = 240;

/**
 * One problem per line: where (the file or the command line), the field and what is wrong. A bad
 * value or an unknown key is quoted cut short (excerpt), so a line stays short whatever the file holds.
 */
export function parseKioskSettings(
  raw: unknown,
  where: string,
  charts?: PlaylistCharts,
): { ok: true; settings: KioskSettings } | { ok: false; message: string } {
  const result = kioskSettingsSchema(charts).safeParse(raw);
  if (result.success) return { ok: true, settings: result.data };
  const place = clip(where, 120);
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map((part) => (typeof part === 'string' ? clip(part, 40) : String(part))).join('.') : '(top level)';
    if (issue.code !== 'unrecognized_keys') return `${place}: "${field}" ${issue.message}`;
    const keys = issue.keys.slice(0, 3).map((key) => excerpt(key, 40));
    const more = issue.keys.length > 3 ? ` and ${issue.keys.length - 3} more` : '';
    return `${place}: "${field}" unknown setting${issue.keys.length > 1 ? 's' : ''} ${keys.join(', ')}${more}`;
  });
  // A last guard: every message above cuts what it quotes; none may run on regardless.
  const shown = problems.slice(0, MAX_PROBLEMS).map((line) => (line.length > MAX_LINE ? clip(line, MAX_LINE) : line));
  if (problems.length > MAX_PROBLEMS) shown.push(`${place}: … and ${problems.length - MAX_PROBLEMS} more problems`);
  return { ok: false, message: shown.join('\n') };
}
