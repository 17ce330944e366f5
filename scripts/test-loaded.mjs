#!/usr/bin/env node
/**
 * `npm run test:loaded`: `npm test` while two CPU-bound processes run beside it, as on a machine
 * where other work is going on. They are stopped when the tests end, however they end.
 * LOAD_PROCESSES sets how many (default 2, the number of cores on these machines).
 */
import { spawn } from 'node:child_process';

const count = Math.max(0, Number(process.env.LOAD_PROCESSES ?? 2));
const burners = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stop = () => {
  for (const b of burners) if (b.exitCode === null) b.kill('SIGKILL');
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {
  stop();
  process.exit(130);
});

console.log(`test:loaded: ${count} CPU-bound process(es) running beside npm test (pids ${burners.map((b) => b.pid).join(', ')})`);
const began = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const child = spawn(npm, ['test', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  stop();
  const s = Math.round((Date.now() - began) / 1000);
  console.log(`test:loaded: npm test ${code === 0 ? 'passed' : 'FAILED'} beside ${count} CPU-bound process(es) in ${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`);
  process.exit(code ?? (signal ? 1 : 0));
});
