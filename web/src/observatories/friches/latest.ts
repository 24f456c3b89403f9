/**
 * "Only the latest answer counts": each request takes a ticket, and its answer is used only if its ticket is still
 * current when it comes back (no later request was made, the page was not left).
 */
export interface Latest {
  /** A new ticket; every earlier one stops being current. */
  take(): () => boolean;
  /** No ticket is current any more (the page is left). */
  stop(): void;
}

export function latest(): Latest {
  let generation = 0;
  let stopped = false;
  return {
    take() {
      const mine = ++generation;
      return () => !stopped && mine === generation;
    },
    stop() {
      stopped = true;
    },
  };
}
