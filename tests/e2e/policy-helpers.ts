// Shared by the e2e tests that need a real Chromium policy file: the extension id fixed by the manifest
// key, and /etc/chromium replaced by a temporary folder inside a private mount namespace (the machine's
// own policy is never touched).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './harness';

export const EXTENSION_ID = 'aaijkfpdcaakigohnoonhkhjoplgmebn';
export type PolicyFile = { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };

/** Namespaces need root or user namespaces; containers often allow neither. */
export function namespacesWork(): boolean {
  const probe = spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind /tmp /mnt && umount /mnt'], {
    stdio: 'ignore',
  });
  return probe.status === 0;
}

/** Writes the policy atomically (rename), so Chromium's file watcher never reads half a file. */
export function writeManagedFile(managedFile: string, policy: Record<string, unknown>): void {
  const file: PolicyFile = { '3rdparty': { extensions: { [EXTENSION_ID]: policy } } };
  writeFileSync(`${managedFile}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(`${managedFile}.tmp`, managedFile);
}

/** A tiny executable (in `tmp`) that runs Chromium in its own mount namespace where /etc/chromium is `etc`. */
export function namespaceWrapper(tmp: string, etc: string): string {
  const wrapper = join(tmp, 'chromium-in-namespace.sh');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec unshare -m sh -c 'mount --bind "$0" /etc/chromium && exec "${CHROMIUM}" "$@"' "${etc}" "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/**
 * A temporary stand-in for /etc/chromium with an empty policies/managed folder: `file` is where the
 * policy goes, `wrapper` the Chromium to launch. Remove `tmp` in afterAll.
 */
export function managedPolicyDir(prefix = 'ungxu-policy-'): { tmp: string; file: string; wrapper: string } {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const etc = join(tmp, 'etc-chromium');
  mkdirSync(join(etc, 'policies/managed'), { recursive: true });
  if (existsSync('/etc/chromium/master_preferences')) {
    writeFileSync(join(etc, 'master_preferences'), readFileSync('/etc/chromium/master_preferences'));
  }
  return { tmp, file: join(etc, 'policies/managed/ungxu.json'), wrapper: namespaceWrapper(tmp, etc) };
}
