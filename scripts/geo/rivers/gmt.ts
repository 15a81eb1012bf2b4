/** River lines from GSHHG/WDBII through Debian's `gmt coast` (gmt + gmt-gshhg-full). */
import { execFileSync } from 'node:child_process';
import { CACHE, GMT_REGION } from '../config.ts';
import type { Pt } from '../geometry.ts';
import { fail } from '../log.ts';

/** One multi-segment record: its WDBII river level (1 = permanent major rivers) and points. */
export interface RiverSegment {
  level: number;
  coords: Pt[];
}

/** Parse `gmt coast -M` text: `>` headers carry "Level N"; other lines are "lon lat". */
export function parseGmtSegments(text: string): RiverSegment[] {
  const segs: RiverSegment[] = [];
  let cur: RiverSegment | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const m = /Level (\d+)/.exec(line);
      cur = { level: m ? Number(m[1]) : 99, coords: [] };
      segs.push(cur);
    } else if (line.trim() && cur) {
      const [x = NaN, y = NaN] = line.trim().split(/\s+/).map(Number);
      cur.coords.push([x, y]);
    }
  }
  return segs.filter((s) => s.coords.length >= 2);
}

/** Debian's version of gmt-gshhg-full, or null when dpkg does not know it. */
export function gshhgVersion(): string | null {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'gmt-gshhg-full'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Every river segment in GMT_REGION at full resolution (lines are cut at 1° bins). */
export function readGmtRivers(): RiverSegment[] {
  let text: string;
  try {
    // -Df full resolution, -Ia all river classes, -M multi-segment output.
    // cwd: .geo-cache, so GMT's gmt.history lands there and not in the work tree.
    text = execFileSync('gmt', ['coast', `-R${GMT_REGION}`, '-Df', '-Ia', '-M'], { cwd: CACHE, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    fail(`\`gmt coast\` failed (${first}). Install Debian's gmt and gmt-gshhg-full: apt-get install gmt gmt-gshhg-full`);
  }
  return parseGmtSegments(text);
}
