/**
 * Preloaded into a benchmarked command (`node --require lib/bench/peakRss.js bin/netwerkmeter.js …`)
 * so the whole process's peak memory and CPU time are known: on exit it writes
 * process.resourceUsage()'s maxRSS (KiB) and user + system time (ms) as JSON to the file named by
 * NETWERKMETER_BENCH_RSS_FILE. Does nothing when that variable is empty.
 */
import * as fs from "fs";

const target = process.env.NETWERKMETER_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      target,
      JSON.stringify({
        maxRssKiB: usage.maxRSS,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      })
    );
  });
}
