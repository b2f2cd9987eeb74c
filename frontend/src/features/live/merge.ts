/**
 * Which copy of a ticket to show: the one the page loaded or the one a live update brought. The
 * ticket's `version` grows with every change, so the higher version is the newer ticket.
 */
export function newer<T extends { id: string; version: number }>(loaded: T | null | undefined, live: T | null | undefined): T | null {
  if (!loaded) return live ?? null;
  if (!live || live.id !== loaded.id) return loaded;
  return live.version > loaded.version ? live : loaded;
}

/** Live updates that change what a queue shows (the ones that are not the stream's own bookkeeping). */
export function isChange(kind: string): boolean {
  return kind !== 'snapshot' && kind !== 'resync';
}

/**
 * Calls `fn` at most once every `ms`, at the end of a burst: a run of events (a sweep that cards
 * ten tickets) reloads a queue once.
 */
export function trailing(fn: () => void, ms: number): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    call() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, ms);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
