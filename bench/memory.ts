/**
 * Memory of one Chromium instance: the proportional set size (PSS, so shared pages are not counted
 * twice) summed over the browser process and all its descendants (renderer, GPU, utility).
 * The GPU side of WebGL buffers lives outside the JS heap, so this is the honest "added memory".
 */
import { readdirSync, readFileSync } from 'node:fs';

const read = (p: string): string => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
};

/** PIDs of processes whose command line contains `tag`, plus all their descendants. */
export function processTree(tag: string): number[] {
  const parent = new Map<number, number>();
  const roots: number[] = [];
  for (const d of readdirSync('/proc')) {
    const pid = Number(d);
    if (!Number.isInteger(pid)) continue;
    const stat = read(`/proc/${pid}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parent.set(pid, ppid);
    if (read(`/proc/${pid}/cmdline`).includes(tag)) roots.push(pid);
  }
  const out = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, pp] of parent)
      if (!out.has(pid) && out.has(pp)) {
        out.add(pid);
        grew = true;
      }
  }
  return [...out];
}

/** Summed PSS in MiB of the process tree tagged `tag` (0 where /proc is unreadable). */
export function treePssMiB(tag: string): number {
  let kb = 0;
  for (const pid of processTree(tag)) {
    const m = /^Pss:\s+(\d+)/m.exec(read(`/proc/${pid}/smaps_rollup`));
    if (m) kb += Number(m[1]);
  }
  return kb / 1024;
}
