/**
 * Summarises a V8 CPU profile (`node --cpu-prof --cpu-prof-dir=DIR bin/netwerkmeter.js …`): self
 * time by source file and by function, largest first. Used to find where a whole-process run of
 * the command line spends its time (bench/xlsxInput.ts measures the totals).
 *
 * Usage: node lib/bench/profileSummary.js DIR/CPU.….cpuprofile [lines, default 30]
 *
 * Self time is the time a function itself was on top of the stack (what it calls not included);
 * "(garbage collector)" and "(program)" are V8's own. On a loaded machine the sampler also counts
 * time the process waited for a core, so compare shares, not milliseconds, between runs.
 *
 * @example node lib/bench/profileSummary.js /tmp/prof/CPU.20261202.cpuprofile 20
 */
import * as fs from "fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) by file and by function from a profile. */
export function summariseProfile(profile: CpuProfile): {
  totalMs: number;
  byFile: [string, number][];
  byFunction: [string, number][];
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.replace(/^.*\/(lib|node_modules)\//, "$1/") || frame.functionName;
    const name = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, byFile: sorted(byFile), byFunction: sorted(byFunction) };
}

if (require.main === module) {
  const [file, lines = "30"] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("usage: node lib/bench/profileSummary.js PROFILE.cpuprofile [lines]\n");
    process.exit(2);
  }
  const summary = summariseProfile(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile);
  const show = (rows: [string, number][]) =>
    rows
      .slice(0, Number(lines))
      .map(([name, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${name}`)
      .join("\n");
  process.stdout.write(
    `total ${summary.totalMs.toFixed(0)} ms\n--- self time by file\n${show(summary.byFile)}\n--- self time by function\n${show(summary.byFunction)}\n`
  );
}
