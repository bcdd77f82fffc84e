using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenRouter.Testing;

/// <summary>The providers behind the catalogue's endpoints (<c>GET providers</c>) and which of them keep no data (<c>GET endpoints/zdr</c>).</summary>
internal static class ProviderCatalogue
{
    private static readonly Dictionary<string, (string Headquarters, string[] Datacenters)> Places = new(StringComparer.Ordinal)
    {
        ["Amazon Bedrock"] = ("US", ["US", "DE", "JP"]),
        ["Anthropic"] = ("US", ["US"]),
        ["Azure"] = ("US", ["US", "SE", "IE"]),
        ["Black Forest Labs"] = ("DE", ["DE", "US"]),
        ["Chutes"] = ("US", ["US"]),
        ["Cohere"] = ("CA", ["CA", "US"]),
        ["DeepInfra"] = ("US", ["US"]),
        ["Fireworks"] = ("US", ["US"]),
        ["Google AI Studio"] = ("US", ["US"]),
        ["Google"] = ("US", ["US", "BE", "NL"]),
        ["Groq"] = ("US", ["US", "FI"]),
        ["Lambda"] = ("US", ["US"]),
        ["Microsoft Foundry"] = ("US", ["US", "SE"]),
        ["Mistral"] = ("FR", ["FR", "SE"]),
        ["Novita"] = ("US", ["US"]),
        ["OpenAI"] = ("US", ["US"]),
        ["Seed"] = ("SG", ["SG", "CN"]),
        ["Together"] = ("US", ["US"]),
    };

    /// <summary>The providers that offer zero data retention on their endpoints.</summary>
    private static readonly HashSet<string> ZeroRetention = new(StringComparer.Ordinal)
    {
        "Amazon Bedrock", "Azure", "Cohere", "DeepInfra", "Fireworks", "Google", "Groq", "Mistral", "Together",
    };

    /// <summary>Every provider of a catalogue endpoint (the router itself aside), by name: display name and slug.</summary>
    public static IReadOnlyList<(string Name, string Slug)> Providers() =>
        ModelCatalogue.Models
            .SelectMany(m => m.Endpoints)
            .Where(e => e.ProviderName != "OpenRouter")
            .Select(e => (e.ProviderName, Slug: e.Tag.Split('/')[0]))
            .DistinctBy(p => p.ProviderName, StringComparer.Ordinal)
            .OrderBy(p => p.ProviderName, StringComparer.Ordinal)
            .ToList();

    public static (string? Headquarters, string[]? Datacenters) Place(string provider) =>
        Places.TryGetValue(provider, out var place) ? place : (null, null);

    public static bool KeepsNoData(string provider) => ZeroRetention.Contains(provider);
}
