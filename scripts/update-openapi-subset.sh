#!/usr/bin/env bash
# Regenerates tests/OpenRouter.Tests/Contract/openapi-subset.json from OpenRouter's spec beside the repository
# (../shared/openrouter/openapi.yaml, or the path given with --spec). With --check it only compares and exits 1 when
# the committed file is stale. The contract tests read the committed file, so a clone with nothing beside it passes.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project tools/OpenApiSubset -c Release -- "$@"
