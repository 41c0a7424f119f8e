/** Limits the main process, the preview and the renderer share; apart from contract.ts so that the renderer does not bundle zod. */

/**
 * The largest report file read, a report file or a workbook: 16 MB. Today's, one article with all its
 * figures in three languages, is 70 KB; 100 times the figures (6,700) is about 4 MB. Anything bigger
 * is the wrong file (a video, a disk image, a log), refused before it is read.
 */
export const REPORT_MAX_BYTES = 16 * 1024 * 1024;

/** The longest base64 an opened file may be: REPORT_MAX_BYTES in base64's four characters per three. */
export const OPEN_BASE64_MAX = Math.ceil(REPORT_MAX_BYTES / 3) * 4;
