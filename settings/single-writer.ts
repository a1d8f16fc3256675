// Writes that read storage first (the day's counts, the allow-list) must not interleave: tabs and the
// popup send them to the background, which applies one at a time. If no background answers (the
// service worker is restarting), the sender applies its own change.
import { browser } from 'wxt/browser';

/** A runtime.onMessage listener that applies the messages it accepts one after another. */
export function oneAtATime<M>(
  accepts: (msg: unknown) => msg is M,
  apply: (msg: M) => Promise<void>,
): (msg: unknown) => Promise<true> | undefined {
  let chain: Promise<void> = Promise.resolve();
  return (msg) => {
    if (!accepts(msg)) return undefined;
    chain = chain.then(() => apply(msg)).catch(() => {});
    return chain.then(() => true as const);
  };
}

/** Sends a change to the background's single writer; applies it here when no background answers. */
export async function sendOrApply<M>(msg: M, apply: (msg: M) => Promise<void>): Promise<void> {
  try {
    if ((await browser.runtime.sendMessage(msg)) === true) return;
  } catch {
    // No background listening: write directly below.
  }
  await apply(msg);
}
