import { app } from 'electron';

/**
 * Windows groups a window with its taskbar shortcut by the App User Model ID: the one the installer
 * gives the shortcut (electron-builder.yml's appId). Without it the pinned shortcut and the running
 * window are two taskbar icons.
 */
export const APP_USER_MODEL_ID = 'cn.lvyuan.report';

export function identifyApp(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}
