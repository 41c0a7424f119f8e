import { z } from 'zod';
import { CHARTS } from '../charts/registry';
import { LANGS } from '../i18n/languages';

/**
 * The presentation's settings: kiosk.json in the app's userData folder, then the command line
 * (--interval, --display) on top. Every field has a default, so an absent file is a valid one.
 */
const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, { error: 'must be a time of day as HH:MM (00:00–23:59)' });

const chartIds = CHARTS.map((c) => c.id);

export const DEFAULT_EXIT_CHORD = 'Control+Alt+Shift+Q';

export const kioskSettingsSchema = z
  .object({
    /** Seconds each slide stays on screen. */
    intervalSeconds: z.number({ error: 'must be a number of seconds' }).min(1, { error: 'must be at least 1 second' }).max(3600, { error: 'must be at most 3600 seconds' }).default(15),
    /** Chart ids in the order to show them; every chart, in the viewer's order, when absent. */
    slides: z
      .array(z.enum(chartIds, { error: (issue) => `unknown chart ${JSON.stringify(issue.input)}; expected one of ${chartIds.join(', ')}` }))
      .min(1, { error: 'must list at least one chart' })
      .optional(),
    /** One language, or "cycle": each round of slides in the next of zh-Hant, zh-Hans, en. Absent: the viewer's language. */
    lang: z.enum([...LANGS, 'cycle'], { error: `must be one of ${[...LANGS, 'cycle'].join(', ')}` }).optional(),
    /** What unlocks the exit: a PIN typed after Esc, and a key chord (Electron accelerator names). */
    exit: z
      .object({
        pin: z.string().regex(/^\d{4,8}$/u, { error: 'must be 4 to 8 digits, as a string' }).optional(),
        chord: z
          .string()
          .regex(/^(?:(?:Control|Ctrl|Alt|Shift|Meta|CommandOrControl)\+)+[A-Z0-9]$/u, { error: 'must be modifiers and one key, like Control+Alt+Shift+Q' })
          .default(DEFAULT_EXIT_CHORD),
      })
      .strict()
      .default({ chord: DEFAULT_EXIT_CHORD }),
    /** A paused show resumes after this long without input. */
    resumeAfterSeconds: z.number({ error: 'must be a number of seconds' }).min(5).max(3600).default(120),
    /** The pointer hides after this long without moving. */
    hideCursorAfterSeconds: z.number({ error: 'must be a number of seconds' }).min(1).max(600).default(3),
    /** Burn-in protection: the whole picture moves by up to maxPixels, every everyMinutes. */
    pixelShift: z
      .object({
        everyMinutes: z.number().min(0.1).max(120).default(2),
        maxPixels: z.number().int().min(0).max(16).default(4),
      })
      .strict()
      .default({ everyMinutes: 2, maxPixels: 4 }),
    /** A daily window with a black screen, e.g. 22:00 to 07:00; none when absent. */
    blank: z.object({ from: hhmm, to: hhmm }).strict().nullable().default(null),
    /** The display to present on, 1 = primary; as listed by the operating system. */
    display: z.number().int().min(1, { error: 'must be 1 or more (1 is the primary display)' }).max(16).default(1),
  })
  .strict();

export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

/** What the renderer is told: everything but the secrets that unlock the exit. */
export type KioskView = Omit<KioskSettings, 'exit'> & {
  slides: string[];
  exit: { pin: boolean; chord: string };
};

export function kioskView(settings: KioskSettings): KioskView {
  return {
    ...settings,
    slides: settings.slides ?? chartIds,
    exit: { pin: settings.exit.pin !== undefined, chord: settings.exit.chord },
  };
}

/** One problem per line: where (the file or the command line), the field and what is wrong. */
export function parseKioskSettings(raw: unknown, where: string): { ok: true; settings: KioskSettings } | { ok: false; message: string } {
  const result = kioskSettingsSchema.safeParse(raw);
  if (result.success) return { ok: true, settings: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    const message = issue.code === 'unrecognized_keys' ? `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : issue.message;
    return `${where}: "${field}" ${message}`;
  });
  return { ok: false, message: problems.join('\n') };
}
