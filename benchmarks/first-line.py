#!/usr/bin/env python3
"""Time to the first line of a command's output (benchmarks only).

    first-line.py [--runs N] [--prepare CMD] -- COMMAND [ARGS…]

Per run: CMD (if given) runs through the shell and is not timed; then the clock starts, COMMAND
is started (no shell) with its stdout on a pipe, and the clock stops when the first newline
arrives on that pipe. The pipe is then closed, as `| head -1` would, and the command is waited
for (untimed): a command that dies of the closed pipe is reported. Prints mean ± σ, median,
min and max in milliseconds. Process start-up is included, as in hyperfine's figures.
"""
import os
import statistics
import subprocess
import sys
import time


def main(argv):
    runs, prepare = 20, None
    while argv and argv[0] != "--":
        flag = argv.pop(0)
        if flag == "--runs":
            runs = int(argv.pop(0))
        elif flag == "--prepare":
            prepare = argv.pop(0)
        else:
            sys.exit(f"first-line.py: unknown option {flag}")
    command = argv[1:]
    if not command:
        sys.exit(__doc__)
    times, signals = [], 0
    for _ in range(runs):
        if prepare:
            subprocess.run(prepare, shell=True, check=True)
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        received = b""
        while b"\n" not in received:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            received += chunk
        elapsed = time.perf_counter() - start
        process.stdout.close()
        status = process.wait()
        if status < 0:
            signals += 1
        if b"\n" not in received:
            sys.exit(f"first-line.py: no line from {' '.join(command)}")
        times.append(elapsed * 1000)
    mean = statistics.mean(times)
    sd = statistics.stdev(times) if len(times) > 1 else 0.0
    print(
        f"  first line: {mean:.1f} ms ± {sd:.1f} ms (median {statistics.median(times):.1f}, "
        f"min {min(times):.1f}, max {max(times):.1f}; {runs} runs"
        + (f"; {signals} killed by a signal" if signals else "")
        + ")"
    )


main(sys.argv[1:])
