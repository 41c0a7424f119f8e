import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const html = readFileSync(join(ROOT, 'resources', 'kiosk-error.html'), 'utf8');

describe('the kiosk error slide', () => {
  it('says in Chinese and English that the presentation stopped', () => {
    expect(html).toContain('簡報多次出錯後已停止');
    expect(html).toContain('The presentation stopped after repeated errors');
  });

  it('runs no script and fetches nothing', () => {
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/iu);
    expect(html).not.toMatch(/\s(?:src|href)=|url\(|@import/iu);
  });

  it('has a strict CSP that allows its one style block by hash, and the hash matches', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+'; base-uri 'none'; form-action 'none'$/u);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(html).not.toMatch(/\sstyle=/u);
  });

  it('is packaged', () => {
    expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(/^ {2}- resources\/kiosk-error\.html$/mu);
  });
});
