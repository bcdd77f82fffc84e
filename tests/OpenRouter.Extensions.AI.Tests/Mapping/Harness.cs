using System.Text.Json.Nodes;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>An in-process emulator, a core client on it, and our IChatClient on that (an <see cref="EmulatorRig"/>).</summary>
internal sealed class Harness(string? defaultModel = "openai/gpt-4o-mini")
    : EmulatorRig(OpenRouterEmulator.CreateInProcess(), InProcess, Key, defaultModel)
{
    public const string Key = "sk-or-v1-meai-sentinel-key";

    public static void AssertJson(string expected, JsonNode? actual) => JsonAssert.DeepEqual(expected, actual);
}
