# Runs a command and reports, on stderr's last line, its wall time and the CPU time
# (user + system) it and its children used, from wait4(): `rusage <wall ms> <cpu ms>`.
# CPU time is far less disturbed than wall time by other work on a loaded machine.
# Used by bench/hooks-floor.mjs --cpu. Usage: python3 bench/rusage.py <command> [args...]
import os
import sys
import time

start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - start) * 1000
sys.stderr.write('\nrusage %.3f %.3f\n' % (wall, (usage.ru_utime + usage.ru_stime) * 1000))
sys.exit(os.waitstatus_to_exitcode(status))
