import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A bar with rate and ETA on a terminal; on a pipe or in CI, a plain line
 * every tenth of the way, so logs stay readable.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(total, 0, { rate: 0 });
    return {
      update: (done) => bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) }),
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    update(done) {
      while (total > 0 && done >= (total * nextTenth) / 10 && nextTenth <= 10) {
        stream.write(`${label}: ${nextTenth * 10}% (${done}/${total})\n`);
        nextTenth++;
      }
    },
    stop: () => undefined,
  };
}
