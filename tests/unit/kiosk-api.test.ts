import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi } from '../../electron/common/contract';
import { createApi } from '../../electron/services/api';
import { fakeHost, fakeKioskHost, fakePrinter } from './fake-host';
import { DATASET_PATH } from './helpers';

let dir: string;
let withPin: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lvyuan-kiosk-api-'));
  withPin = join(dir, 'kiosk.json');
  writeFileSync(withPin, JSON.stringify({ intervalSeconds: 20, exit: { pin: '2468' } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.useRealTimers();
});

function kioskApi(settingsPath?: string, overrides = {}) {
  const kiosk = fakeKioskHost(settingsPath, overrides);
  return { kiosk, api: createApi({ datasetPath: DATASET_PATH, host: fakeHost(), kiosk, print: fakePrinter() }) };
}

describe('getKioskSettings', () => {
  it('gives the settings without the PIN, and where they came from', async () => {
    const result = await kioskApi(withPin, { display: 2 }).api.getKioskSettings();
    if (!result.ok) throw new Error(result.message);
    expect(result.source).toBe(`${withPin} + command line`);
    expect(result.settings).toMatchObject({ intervalSeconds: 20, display: 2, exit: { pin: true } });
    expect(JSON.stringify(result)).not.toContain('2468');
  });

  it('gives the message naming the file and the field for bad settings', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ intervalSeconds: -1 }));
    expect(await kioskApi(bad).api.getKioskSettings()).toEqual({ ok: false, message: `${bad}: "intervalSeconds" must be at least 1 second` });
    expect(await kioskApi(undefined, { intervalSeconds: 'x' }).api.getKioskSettings()).toEqual({
      ok: false,
      message: 'command line: "intervalSeconds" must be a number of seconds',
    });
  });
});

describe('exitKiosk', () => {
  it('leaves with the right PIN', async () => {
    const { api, kiosk } = kioskApi(withPin);
    expect(await api.exitKiosk({ pin: '2468' })).toEqual({ ok: true });
    expect(kiosk.leave).toHaveBeenCalledOnce();
  });

  it('stays with a wrong PIN, and says so', async () => {
    const { api, kiosk } = kioskApi(withPin);
    expect(await api.exitKiosk({ pin: '1357' })).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(await api.exitKiosk({ pin: '' })).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(kiosk.leave).not.toHaveBeenCalled();
  });

  it('locks the keypad for 60 s after 5 wrong PINs, even for the right one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const { api, kiosk } = kioskApi(withPin);
    for (let i = 0; i < 5; i += 1) expect(await api.exitKiosk({ pin: '0000' })).toEqual({ ok: false, reason: 'wrong-pin' });
    expect(await api.exitKiosk({ pin: '2468' })).toEqual({ ok: false, reason: 'locked', retryInSeconds: 60 });
    vi.setSystemTime(new Date('2026-03-01T10:00:59.500Z'));
    expect(await api.exitKiosk({ pin: '2468' })).toEqual({ ok: false, reason: 'locked', retryInSeconds: 1 });
    expect(kiosk.leave).not.toHaveBeenCalled();
    vi.setSystemTime(new Date('2026-03-01T10:01:00Z'));
    expect(await api.exitKiosk({ pin: '2468' })).toEqual({ ok: true });
    expect(kiosk.leave).toHaveBeenCalledOnce();
  });

  it('counts wrong PINs afresh after a right one', async () => {
    const { api } = kioskApi(withPin);
    for (let i = 0; i < 4; i += 1) await api.exitKiosk({ pin: '0000' });
    expect(await api.exitKiosk({ pin: '2468' })).toEqual({ ok: true });
    for (let i = 0; i < 4; i += 1) expect(await api.exitKiosk({ pin: '0000' })).toEqual({ ok: false, reason: 'wrong-pin' });
  });

  it('refuses any PIN when none is configured', async () => {
    const { api, kiosk } = kioskApi(undefined);
    expect(await api.exitKiosk({ pin: '0000' })).toEqual({ ok: false, reason: 'no-pin' });
    expect(kiosk.leave).not.toHaveBeenCalled();
  });

  it('has no PIN to accept when the settings do not load (the default chord, heard by main, still leaves)', async () => {
    const bad = join(dir, 'not-json.json');
    writeFileSync(bad, '{');
    const { api, kiosk } = kioskApi(bad);
    expect(await api.exitKiosk({ pin: '2468' })).toEqual({ ok: false, reason: 'no-pin' });
    expect(kiosk.leave).not.toHaveBeenCalled();
  });

  it('accepts only a short PIN over IPC: a page cannot leave by claiming the chord was pressed', async () => {
    for (const path of [withPin, undefined]) {
      const { api, kiosk } = kioskApi(path);
      await expect(callApi(api, 'exitKiosk', [{ pin: '1'.repeat(17) }])).rejects.toThrow(/^Invalid arguments for exitKiosk/u);
      await expect(callApi(api, 'exitKiosk', [{ chord: true }])).rejects.toThrow(/^Invalid arguments for exitKiosk/u);
      await expect(callApi(api, 'exitKiosk', [{ chord: true, pin: '2468' }])).rejects.toThrow(/^Invalid arguments for exitKiosk/u);
      await expect(callApi(api, 'exitKiosk', [{}])).rejects.toThrow(/^Invalid arguments for exitKiosk/u);
      expect(kiosk.leave).not.toHaveBeenCalled();
      // The PIN form still goes through the same dispatch.
      expect(await callApi(api, 'exitKiosk', [{ pin: '2468' }])).toEqual(path ? { ok: true } : { ok: false, reason: 'no-pin' });
    }
  });
});
