/**
 * The simulation's requests: the weights of the route sent to the what-if endpoint, once per set of weights, the
 * previous request cancelled when the weights change again; no weights moved, no request (no simulation).
 */
import type { WhatIfResponse } from './api';
import { latest } from './latest';

export interface WhatIfEvents {
  /** New weights are being simulated (or none: the simulation is cleared). */
  started(weights: Record<string, number>): void;
  /** The simulation of the latest weights, or null for none. */
  answered(answer: WhatIfResponse | null): void;
  failed(error: unknown): void;
}

export interface WhatIf {
  /** Simulates these weights, unless they are the ones simulated (or being simulated) already. */
  run(weights: Record<string, number>): void;
  stop(): void;
}

export function createWhatIf(simulate: (weights: Record<string, number>, signal: AbortSignal) => Promise<WhatIfResponse>, events: WhatIfEvents): WhatIf {
  const requests = latest();
  let simulatedKey = '';
  let abort: AbortController | null = null;

  async function run(weights: Record<string, number>): Promise<void> {
    const key = JSON.stringify(weights);
    if (key === simulatedKey) return;
    simulatedKey = key;
    const current = requests.take();
    abort?.abort();
    events.started(weights);
    if (Object.keys(weights).length === 0) {
      events.answered(null);
      return;
    }
    const mine = new AbortController();
    abort = mine;
    try {
      const answer = await simulate(weights, mine.signal);
      if (current()) events.answered(answer);
    } catch (error) {
      if (!current()) return;
      simulatedKey = '';
      events.failed(error);
    }
  }

  return {
    run: (weights) => void run(weights),
    stop() {
      requests.stop();
      abort?.abort();
    },
  };
}
