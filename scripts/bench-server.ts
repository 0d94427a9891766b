// Server benchmark (figures, not assertions): E exercises × C bot clients on loopback, each client
// sending one real game command every 2 s ± 25 %; latency runs from a command's sending to the
// moment the last client of its exercise that can see its result (the readers of a note's channel,
// the seat that marks a channel read, and Control) holds a view that includes it. The server runs in its own
// process (two behind Redis with --processes 2); the clients run in worker threads.
//
// Two workloads, labelled in every result line (scripts/bench/protocol.ts):
// - mixed (the default): notes and read markers alternately in each client's own channels; latency
//   runs to the last client that can see the result.
// - plenary: every client posts in the NAC plenary, which all 20 clients read; latency runs to the
//   last client of the exercise (the workload the peers' comparison uses).
//
// Usage: npm run bench:server -- [--exercises 100] [--clients 20] [--seconds 30] [--processes 1|2]
//                                 [--workload mixed|plenary] [--pin] (server on core 0, clients on core 1)
//                                 [--warmup 5] [--workers 2] [--search] [--target-p99 100]
//                                 [--profile <dir>]  (a heap snapshot after connecting and a CPU profile of the measured window, per server)
//                                 [--memory-every <s>]  (endurance: the servers' RSS and heap every s seconds of the window,
//                                                        and the RSS growth from minute 10 to the end)
// Prints one JSON line per run; --search also prints, for 1 and 2 processes, the largest E at C = 20
// whose p99 stays within the target.
import { BadOption, FILES_BESIDE_CONNECTIONS, openFileLimit, parseBenchOptions } from './bench/options';
import { runOnce, type RunResult } from './bench/run';

let options;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BadOption)) throw error;
  console.error(`bench:server: ${error.message}`);
  process.exit(2);
}
const base = options.run;

const print = (result: object) => console.log(JSON.stringify({ date: new Date().toISOString(), ...result }));

/** Largest E (to within ~10 %) whose p99 stays within the target: double until it fails, then bisect. */
async function search(processes: 1 | 2, targetMs: number): Promise<object> {
  const passes = (r: RunResult) => r.p99Ms <= targetMs && r.unsettled === 0;
  const tried: RunResult[] = [];
  const once = async (exercises: number) => {
    const r = await runOnce({ ...base, clients: 20, processes, exercises });
    print({ search: true, ...r });
    tried.push(r);
    return passes(r);
  };
  // At small E a p99 rests on a few hundred samples and one stall decides it: a failure counts
  // only if a second run fails too.
  const run = async (exercises: number) => (await once(exercises)) || (await once(exercises));
  let good = 0;
  let bad = 0;
  for (let e = 1; ; e *= 2) {
    if (await run(e)) good = e;
    else {
      bad = e;
      break;
    }
    if (e >= 1600 || e * 2 * 20 + FILES_BESIDE_CONNECTIONS > openFileLimit()) break;
  }
  while (bad && bad - good > Math.max(1, good * 0.1)) {
    const mid = Math.round((good + bad) / 2);
    if (await run(mid)) good = mid;
    else bad = mid;
  }
  return {
    searchResult: true,
    processes,
    clientsPerExercise: 20,
    targetP99Ms: targetMs,
    largestExercises: good,
    firstFailing: bad || null,
    runs: tried.map((r) => ({
      exercises: r.exercises,
      p99Ms: r.p99Ms,
      serverCpuPercent: r.serverCpuPercent,
    })),
  };
}

if (options.search) {
  for (const p of [1, 2] as const) print(await search(p, options.targetP99Ms));
} else {
  print(await runOnce(base));
}
