using OpenRouter.Tools.OpenApiSubset;

// Writes (or, with --check, compares) the part of OpenRouter's OpenAPI spec that the contract tests read: the routes we call,
// the component schemas they reach, with their structure, names, types, enums, formats, bounds and wire examples, and none
// of the prose (descriptions, summaries, titles, tags, vendor extensions). Usage, from the repository root:
//   dotnet run --project tools/OpenApiSubset -- [--check] [--spec <openapi.yaml>] [--out <openapi-subset.json>]
var check = false;
string? specPath = null;
string? outPath = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--check":
            check = true;
            break;
        case "--spec" when i + 1 < args.Length:
            specPath = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            outPath = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: [--check] [--spec <openapi.yaml>] [--out <openapi-subset.json>]");
            return 2;
    }
}

var root = RepositoryRoot();
specPath ??= Path.Combine(root, "..", "shared", "openrouter", "openapi.yaml");
outPath ??= Path.Combine(root, "tests", "OpenRouter.Tests", "Contract", "openapi-subset.json");
if (!File.Exists(specPath))
{
    Console.Error.WriteLine($"OpenRouter's spec was not found at {Path.GetFullPath(specPath)}: pass --spec <openapi.yaml>.");
    return 1;
}

var derived = SpecSubset.Derive(File.ReadAllText(specPath));
if (!check)
{
    File.WriteAllBytes(outPath, derived);
    Console.WriteLine($"wrote {Path.GetFullPath(outPath)} ({derived.Length:N0} bytes) from {Path.GetFullPath(specPath)}");
    return 0;
}

if (File.Exists(outPath) && File.ReadAllBytes(outPath).AsSpan().SequenceEqual(derived))
{
    Console.WriteLine($"{Path.GetFullPath(outPath)} is current with {Path.GetFullPath(specPath)}");
    return 0;
}

Console.Error.WriteLine($"{Path.GetFullPath(outPath)} is not what {Path.GetFullPath(specPath)} gives: run scripts/update-openapi-subset.sh and commit the result.");
return 1;

static string RepositoryRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Connectors.sln")))
            {
                return directory.FullName;
            }
        }
    }

    throw new InvalidOperationException("Run this from inside the repository (no Connectors.sln above the current folder).");
}
