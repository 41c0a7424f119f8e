import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { isAllowedUrl, isTrustedSender } from '../../electron/services/url-policy';

const dir = '/opt/lvyuan/resources/app.asar/dist/renderer';
const root = pathToFileURL(dir).href;

describe('what the app window may load', () => {
  it('allows its own files, with a route and a language', () => {
    expect(isAllowedUrl(`${root}/index.html?lang=en#/overview`, dir)).toBe(true);
    expect(isAllowedUrl(`${root}/assets/index.js`, dir)).toBe(true);
  });

  it('allows the blob and data URLs the page makes for downloads', () => {
    expect(isAllowedUrl('blob:file:///0b7d9c1e-aaaa-bbbb-cccc-1234567890ab', dir)).toBe(true);
    expect(isAllowedUrl('blob:null/0b7d9c1e-aaaa-bbbb-cccc-1234567890ab', dir)).toBe(true);
    expect(isAllowedUrl('data:image/png;base64,AAAA', dir)).toBe(true);
  });

  it('refuses the network and other files', () => {
    expect(isAllowedUrl('https://example.com/', dir)).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:4173/', dir)).toBe(false);
    expect(isAllowedUrl('ws://localhost:1234/', dir)).toBe(false);
    expect(isAllowedUrl('file:///etc/passwd', dir)).toBe(false);
    expect(isAllowedUrl(`${root}-evil/index.html`, dir)).toBe(false);
  });

  it('trusts IPC only from its own pages', () => {
    expect(isTrustedSender(`${root}/index.html#/overview`, dir)).toBe(true);
    expect(isTrustedSender('data:text/html,<script>', dir)).toBe(false);
    expect(isTrustedSender('https://example.com/', dir)).toBe(false);
  });

  it('allows the kiosk error slide, that one file only, and never trusts it with the Api', () => {
    const errorPage = '/opt/lvyuan/resources/app.asar/resources/kiosk-error.html';
    const url = pathToFileURL(errorPage).href;
    expect(isAllowedUrl(url, dir)).toBe(false);
    expect(isAllowedUrl(url, dir, [errorPage])).toBe(true);
    expect(isAllowedUrl(`${url}?x#y`, dir, [errorPage])).toBe(true);
    expect(isAllowedUrl(pathToFileURL('/opt/lvyuan/resources/app.asar/resources/dataset/lvyuan-2025.json').href, dir, [errorPage])).toBe(false);
    expect(isAllowedUrl(`${url}.bak`, dir, [errorPage])).toBe(false);
    expect(isAllowedUrl(`${url}/x`, dir, [errorPage])).toBe(false);
    expect(isAllowedUrl(`${root}/index.html`, dir, [errorPage])).toBe(true);
    expect(isTrustedSender(url, dir)).toBe(false);
  });
});
