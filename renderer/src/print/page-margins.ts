import { useLayoutEffect } from 'react';
import type { Lang } from '../../../electron/common/i18n/languages';
import { t } from '../../../electron/common/i18n/messages';
import { fontFamily } from '../fonts';

/** A CSS string literal: the text in double quotes, with quotes and backslashes escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/gu, (ch) => `\\${ch}`).replace(/\n/gu, ' ')}"`;
}

/**
 * "Page {page} of {pages}" as the value of a `content` property: the language's words as strings
 * around counter(page) and counter(pages).
 */
export function footerContent(lang: Lang): string {
  return t(lang, 'print.footer')
    .split(/(\{page\}|\{pages\})/u)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The custom properties print.css reads in its @page margin boxes: the running header, the footer, their font. */
export function pageMarginProperties(lang: Lang, area: string): Record<string, string> {
  return {
    '--print-header': cssString(t(lang, 'print.header', { area })),
    '--print-footer': footerContent(lang),
    '--print-font': cssString(fontFamily(lang)),
  };
}

/**
 * Sets them on the root element while the print view is in the page. Through the CSSOM, which the
 * CSP's style-src 'self' allows: a <style> element with the text in it would be refused.
 */
export function usePageMargins(lang: Lang, area: string): void {
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    const properties = pageMarginProperties(lang, area);
    for (const [name, value] of Object.entries(properties)) root.setProperty(name, value);
    return () => {
      for (const name of Object.keys(properties)) root.removeProperty(name);
    };
  }, [lang, area]);
}
