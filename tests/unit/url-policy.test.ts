import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { isAllowedUrl, isTrustedSender } from '../../electron/services/url-policy';

// Where the renderer's files lie when packaged: the window loads them from app://lvyuan, never from here.
const dir = '/opt/lvyuan/resources/app.asar/dist/renderer';

describe('what the app window may load', () => {
  it('allows its own origin, app://lvyuan, with a route and a language', () => {
    expect(isAllowedUrl('app://lvyuan/index.html?lang=en#/overview')).toBe(true);
    expect(isAllowedUrl('app://lvyuan/assets/index-DM7FF9BV.js')).toBe(true);
    expect(isAllowedUrl('app://lvyuan/assets/lvyuan-sans-tc-400-wbZFM7y1.woff2')).toBe(true);
    // The kiosk's error slide is on the same origin (the protocol serves that one file there).
    expect(isAllowedUrl('app://lvyuan/kiosk-error.html')).toBe(true);
  });

  it('allows the blob and data URLs the page makes for downloads', () => {
    expect(isAllowedUrl('blob:app://lvyuan/0b7d9c1e-aaaa-bbbb-cccc-1234567890ab')).toBe(true);
    expect(isAllowedUrl('data:image/png;base64,AAAA')).toBe(true);
  });

  it('refuses file://, its own files included, now that the page comes from app://', () => {
    expect(isAllowedUrl(pathToFileURL(`${dir}/index.html`).href)).toBe(false);
    expect(isAllowedUrl(`${pathToFileURL(dir).href}/assets/index.js`)).toBe(false);
    expect(isAllowedUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedUrl('file:///C:/Windows/win.ini')).toBe(false);
  });

  it('refuses the network', () => {
    expect(isAllowedUrl('https://example.com/')).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:4173/')).toBe(false);
    expect(isAllowedUrl('ws://localhost:1234/')).toBe(false);
    expect(isAllowedUrl('ftp://example.com/index.html')).toBe(false);
  });

  it('refuses every other origin of the scheme: another host, a port, credentials, no host', () => {
    expect(isAllowedUrl('app://evil/index.html')).toBe(false);
    expect(isAllowedUrl('app://lvyuan.evil/index.html')).toBe(false);
    expect(isAllowedUrl('app://lvyuan:8080/index.html')).toBe(false);
    expect(isAllowedUrl('app://lvyuan@evil/index.html')).toBe(false);
    expect(isAllowedUrl('app://user:pass@lvyuan/index.html')).toBe(false);
    expect(isAllowedUrl('app:///etc/passwd')).toBe(false);
    expect(isAllowedUrl('app:lvyuan/index.html')).toBe(false);
    expect(isAllowedUrl('lvyuan/index.html')).toBe(false);
    expect(isAllowedUrl('')).toBe(false);
  });

  it('trusts IPC only from the renderer page on its own origin', () => {
    expect(isTrustedSender('app://lvyuan/index.html')).toBe(true);
    expect(isTrustedSender('app://lvyuan/index.html?lang=en#/kiosk')).toBe(true);
    expect(isTrustedSender(pathToFileURL(`${dir}/index.html`).href)).toBe(false);
    expect(isTrustedSender('app://evil/index.html')).toBe(false);
    expect(isTrustedSender('app://lvyuan:1/index.html')).toBe(false);
    expect(isTrustedSender('app://lvyuan/assets/index-DM7FF9BV.js')).toBe(false);
    expect(isTrustedSender('data:text/html,<script>')).toBe(false);
    expect(isTrustedSender('blob:app://lvyuan/0b7d9c1e-aaaa-bbbb-cccc-1234567890ab')).toBe(false);
    expect(isTrustedSender('https://example.com/')).toBe(false);
    expect(isTrustedSender('')).toBe(false);
  });

  it('shows the kiosk error slide, and never trusts it with the Api', () => {
    expect(isAllowedUrl('app://lvyuan/kiosk-error.html')).toBe(true);
    expect(isTrustedSender('app://lvyuan/kiosk-error.html')).toBe(false);
    expect(isTrustedSender('app://lvyuan/kiosk-error.html#/overview')).toBe(false);
  });
});
