#!/usr/bin/env bash
# Records new public API in each shipping project's PublicAPI.Unshipped.txt (the analyzer's own code fix, RS0016).
# The build fails on public API that is not recorded (or recorded but gone, RS0017): run this, then review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dotnet format analyzers "$project" --diagnostics RS0016 --severity info
done
git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt'
