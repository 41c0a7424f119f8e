import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/**
 * The installers' configuration, checked by electron-builder's own code as far as it goes without
 * downloading anything: its schema for every target electron-builder.yml configures (deb, nsis,
 * portable, dmg), and the deb's metadata check (FpmTarget.computeFpmMetaInfoOptions), which refuses
 * a package without a homepage or a maintainer's email ("Please specify project homepage").
 */

const require = createRequire(import.meta.url);
type Yaml = { load: (text: string) => unknown };
// The YAML reader electron-builder reads its configuration with: app-builder-lib's own dependency.
const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml') as Yaml;
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  linux: { target: string[]; syncDesktopName?: boolean };
  deb: Record<string, unknown>;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  homepage?: string;
  author?: { name?: string; email?: string };
  desktopName?: string;
};

describe('the installers’ configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('builds the deb, not an AppImage, on Linux, named for its desktop file so the dock groups its windows', () => {
    expect(config.linux.target).toEqual(['deb']);
    expect(config.linux.syncDesktopName).toBe(true);
    expect(pkg.desktopName).toBe('lvyuan-report.desktop');
  });

  it('installs a launcher for kiosk machines that presents through XWayland, where a window can place itself', () => {
    const desktop = (config.linux as { desktop?: { entry?: Record<string, string>; desktopActions?: Record<string, Record<string, string>> } }).desktop;
    expect(desktop?.entry?.Actions).toBe('Presentation;');
    expect(desktop?.desktopActions?.Presentation?.Exec).toBe('"/opt/Lüyuan Report/lvyuan-report" --ozone-platform=x11 --kiosk');
    // The path is where the deb puts the app: /opt/<productName>/<executableName>.
    expect([config.productName, config.executableName]).toEqual(['Lüyuan Report', 'lvyuan-report']);
  });

  it('gives the deb the metadata electron-builder requires: a homepage and a maintainer with an email', async () => {
    const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget') as {
      default: { prototype: { computeFpmMetaInfoOptions: (this: unknown) => Promise<{ maintainer: string; url: string }> } };
    };
    // The check's own code, on a packager that answers from package.json as electron-builder's does.
    const packager = {
      appInfo: { computePackageUrl: () => Promise.resolve(pkg.homepage ?? null), linuxPackageName: 'lvyuan-report' },
      info: { metadata: pkg },
    };
    const meta = await FpmTarget.prototype.computeFpmMetaInfoOptions.call({ packager, options: config.deb });
    expect(meta).toMatchObject({ maintainer: 'Lüyuan Report team <team@lvyuan-report.example>', url: 'https://lvyuan-report.example/' });
    // And it refuses, as it did, a package.json with a bare author and no homepage.
    const bare = { appInfo: { computePackageUrl: () => Promise.resolve(null), linuxPackageName: 'x' }, info: { metadata: { author: 'someone' } } };
    await expect(FpmTarget.prototype.computeFpmMetaInfoOptions.call({ packager: bare, options: {} })).rejects.toThrow(/Please specify project homepage/u);
  });
});
