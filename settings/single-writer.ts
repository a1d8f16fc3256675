// Writes that read storage first (the day's counts, the allow-list) must not interleave: tabs and the
// popup send them to the background, which applies one at a time. If no background answers (the
// service worker is restarting), the sender applies its own change.
import { browser } from 'wxt/browser';

/**
 * A runtime.onMessage listener that applies the messages it accepts one after another. It answers
 * true once the change is stored, false when the write failed (the sender then writes itself).
 */
export function oneAtATime<M>(
  accepts: (msg: unknown) => msg is M,
  apply: (msg: M) => Promise<void>,
): (msg: unknown) => Promise<boolean> | undefined {
  let chain: Promise<void> = Promise.resolve();
  return (msg) => {
    if (!accepts(msg)) return undefined;
    const done = chain.then(() => apply(msg));
    chain = done.catch(() => {});
    return done.then(
      () => true,
      (e: unknown) => {
        console.error('[ungxu] storage write failed', e);
        return false;
      },
    );
  };
}

/** This context's own writes when no background answers: one at a time here too. */
let local: Promise<void> = Promise.resolve();

/** Sends a change to the background's single writer; applies it here when no background stored it. */
export async function sendOrApply<M>(msg: M, apply: (msg: M) => Promise<void>): Promise<void> {
  try {
    if ((await browser.runtime.sendMessage(msg)) === true) return;
  } catch {
    // No background listening: write directly below.
  }
  const done = local.then(() => apply(msg));
  local = done.catch(() => {});
  await done;
}
