// Runs the real server as a separate process, so tests can kill it (SIGKILL) and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Kills the process without warning, as a power cut or the OOM killer would. */
  kill(): Promise<void>;
  /** Asks it to stop as an operator would (SIGTERM). */
  stop(): Promise<void>;
  /** Resolves once the process has written a line matching `pattern` (stdout or stderr). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export async function spawnServer(
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    // Limits are tested in rateLimit.test.ts; a process started here gives every other test plenty.
    env: { ...process.env, HOST: '127.0.0.1', SYNC_RATE: '10000', HTTP_RATE: '10000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /On this machine:\s+http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    waitForOutput: (pattern, timeoutMs = 60_000) =>
      new Promise<void>((resolveOutput, reject) => {
        const timer = setTimeout(() => reject(new Error(`no output ${pattern}:\n${output}`)), timeoutMs);
        const check = () => {
          if (!pattern.test(output)) return;
          clearTimeout(timer);
          child.stdout!.off('data', check);
          child.stderr!.off('data', check);
          resolveOutput();
        };
        child.stdout!.on('data', check);
        child.stderr!.on('data', check);
        check();
      }),
  };
}
