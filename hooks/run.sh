#!/bin/sh
# Runs one Baton hook (dist/hooks/<name>.cjs). Fails open: without Node the
# session goes on, and the user is told what is missing. hooks.json runs node
# directly when it is on PATH (one shell fewer per hook) and this script otherwise.
hook="$1"
if command -v node >/dev/null 2>&1; then
  exec node "$(dirname "$0")/../dist/hooks/$hook.cjs"
fi
msg="baton: Node.js 20 or later is needed for Baton hooks but \`node\` is not on PATH, so the $hook hook was skipped. Install Node 20+ and restart Claude Code."
# Claude Code shows a PreCompact hook's stdout as it is (design.md §7.2): a sentence there, JSON elsewhere.
if [ "$hook" = pre-compact ]; then
  printf '%s\n' "$msg"
else
  printf '{"systemMessage":"%s"}\n' "$msg"
fi
exit 0
