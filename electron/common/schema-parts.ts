import { z } from 'zod';
import { LANGS } from './i18n/languages';

/** The zod pieces the report file's parts share: its figures, sections, sources and chart specs. */

export const text = z.string().trim().min(1, { error: 'is empty' });

export const localized = z.object(
  Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      z
        .string({ error: `missing ${lang} text` })
        .trim()
        .min(1, { error: `missing ${lang} text` }),
    ]),
  ) as Record<(typeof LANGS)[number], z.ZodString>,
  { error: 'must give the text in zh-Hant, zh-Hans and en' },
);

export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { error: 'must be a kebab-case id (a-z, 0-9, -)' });
