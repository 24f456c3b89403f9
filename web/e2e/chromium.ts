/** Which Chromium the end-to-end tests drive, and its flags: shared by the global set-up (browserServer.ts) and support.ts. */
export const CHROMIUM = process.env['OBSERVATOIRES_CHROMIUM'] ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers, CI), no GPU (SwiftShader draws MapLibre's WebGL), nothing fetched by Chromium itself. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
