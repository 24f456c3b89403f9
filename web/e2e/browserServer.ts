/**
 * Vitest's global set-up for the end-to-end run: one Chromium for every file. Launching it costs ~0.75 s of CPU and
 * ~1.3 s on this 2-core machine; once per file it was ~30 launches a run. Each file connects to it (launchChromium in
 * support.ts) and works in browser contexts of its own (no cookie, storage or cache shared between files), which it
 * closes when it ends. A file run on its own (vitest run … e2e/x.e2e.ts) goes through here too.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint (playwright-core's chromium.connect). */
    chromiumEndpoint: string;
  }
}

let server: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
  project.provide('chromiumEndpoint', server.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await server?.close();
}
