/** Limits the main process, the preview and the renderer share; apart from contract.ts so that the renderer does not bundle zod. */

/**
 * The largest report file read, a report file or a workbook: 16 MB. Today's, one article with all its
 * figures in three languages, is 70 KB; 100 times the figures (6,700) is about 4 MB. Anything bigger
 * is the wrong file (a video, a disk image, a log), refused before it is read.
 */
export const REPORT_MAX_BYTES = 16 * 1024 * 1024;

/** The longest base64 an opened file may be: REPORT_MAX_BYTES in base64's four characters per three. */
export const OPEN_BASE64_MAX = Math.ceil(REPORT_MAX_BYTES / 3) * 4;

/**
 * The largest article File → Import article… reads: 1 MB of UTF-8 text (a long article is 30 KB). The
 * renderer reads the file itself and sends its text; the Api checks the text's bytes again.
 */
export const ARTICLE_MAX_BYTES = 1024 * 1024;

/**
 * The longest text an import call may carry, in UTF-16 code units: more than ARTICLE_MAX_BYTES of
 * UTF-8 can hold, so that the Api, not the schema, says in one line that an article is too big.
 */
export const ARTICLE_MAX_CHARS = 4 * ARTICLE_MAX_BYTES;
