using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;
using OpenRouter.Extensions.AI.DependencyInjection;

namespace OpenRouter.Extensions.AI;

/// <summary>Checks the <see cref="OpenRouterServiceOptions"/> of one registration (one options name) when the host starts.</summary>
/// <remarks>
/// The client's settings are checked by <see cref="OpenRouterClientOptions.Problems"/>, the rules of the
/// <see cref="OpenRouterClient"/> constructor, and reported with its messages. Only what a registration adds is checked
/// here: an API key must be set, and each kind of client (chat, embeddings, images, speech) needs its default model. The
/// client check and each model check are separate instances, so a bare client registration demands no model and an
/// embedding generator no chat model. Messages never contain the key's value.
/// </remarks>
internal sealed class OpenRouterServiceOptionsValidator : IValidateOptions<OpenRouterServiceOptions>
{
    public OpenRouterServiceOptionsValidator(string name, string sectionPath, string? sharedSectionPath, DefaultModelSetting? model)
    {
        Name = name;
        SectionPath = sectionPath;
        SharedSectionPath = sharedSectionPath;
        Model = model;
    }

    /// <summary>The options name this instance checks; others are skipped.</summary>
    public string Name { get; }

    /// <summary>The configuration section the options are bound from, for messages.</summary>
    public string SectionPath { get; }

    /// <summary>For keyed registrations, the shared section bound first; null otherwise.</summary>
    public string? SharedSectionPath { get; }

    /// <summary>The default-model setting this instance checks (and only it), or null for the client check.</summary>
    public DefaultModelSetting? Model { get; }

    public ValidateOptionsResult Validate(string? name, OpenRouterServiceOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, Name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        if (options is null)
        {
            return ValidateOptionsResult.Fail("The OpenRouter options are null.");
        }

        var failures = Model is { } model ? DefaultModelFailures(options, model) : ClientFailures(options.Client);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private List<string> DefaultModelFailures(OpenRouterServiceOptions options, DefaultModelSetting model)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(model.Read(options)))
        {
            failures.Add($"No default model is set for the OpenRouter {model.Client}{Describe()}. Set the configuration value {Keys(model.Key)} " +
                $"(for example {model.Example}), or set OpenRouterServiceOptions.{model.Key} in the configure delegate.");
        }

        failures.AddRange(model.ExtraChecks?.Invoke(options) ?? []);
        return failures;
    }

    private List<string> ClientFailures(OpenRouterClientOptions client)
    {
        var failures = client.Problems().Select(static problem => problem.Message).ToList();
        if (failures.Count > 0)
        {
            failures.Add($"Each OpenRouterClientOptions.X above{Describe()} is the configuration value {Keys("X")}, unless the configure delegate sets it.");
        }

        if (client.ApiKey is null)
        {
            failures.Insert(0,
                $"No OpenRouter API key is set{Describe()}. Set the configuration value {Keys("ApiKey")} (as an environment variable: " +
                $"{SectionPath.Replace(":", "__")}__ApiKey), or the top-level configuration value OPENROUTER_API_KEY, " +
                "or set OpenRouterServiceOptions.Client.ApiKey in the configure delegate. Keys start with sk-or-v1- and are created at https://openrouter.ai/keys.");
        }

        return failures;
    }

    private string Describe() => Name.Length == 0 ? string.Empty : $" (registration '{Name}')";

    private string Keys(string property) =>
        SharedSectionPath is null ? $"'{SectionPath}:{property}'" : $"'{SectionPath}:{property}' (or '{SharedSectionPath}:{property}' for all OpenRouter clients)";
}
