using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// Checks the <see cref="OpenRouterServiceOptions"/> of one registration (one options name) when the host starts.
/// The client check (key, endpoint, retries) and the chat-client check (default model) are separate instances so a
/// bare client registration does not demand a model. Messages name configuration keys, never the key's value.
/// </summary>
internal sealed class OpenRouterServiceOptionsValidator : IValidateOptions<OpenRouterServiceOptions>
{
    public OpenRouterServiceOptionsValidator(string name, string sectionPath, string? sharedSectionPath, bool checksDefaultModel)
    {
        Name = name;
        SectionPath = sectionPath;
        SharedSectionPath = sharedSectionPath;
        ChecksDefaultModel = checksDefaultModel;
    }

    /// <summary>The options name this instance checks; others are skipped.</summary>
    public string Name { get; }

    /// <summary>The configuration section the options are bound from, for messages.</summary>
    public string SectionPath { get; }

    /// <summary>For keyed registrations, the shared section bound first; null otherwise.</summary>
    public string? SharedSectionPath { get; }

    /// <summary>True for the chat-client check (default model only); false for the client check.</summary>
    public bool ChecksDefaultModel { get; }

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

        var failures = new List<string>();
        if (ChecksDefaultModel)
        {
            if (string.IsNullOrWhiteSpace(options.DefaultModel))
            {
                failures.Add(
                    $"No default model is set for the OpenRouter chat client{Describe()}. Set the configuration value {Keys("DefaultModel")} " +
                    "(for example openai/gpt-4o-mini), or set OpenRouterServiceOptions.DefaultModel in the configure delegate.");
            }
        }
        else
        {
            ValidateClient(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateClient(OpenRouterServiceOptions options, List<string> failures)
    {
        var key = options.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            failures.Add(
                $"No OpenRouter API key is set{Describe()}. Set the configuration value {Keys("ApiKey")} (as an environment variable: " +
                $"{SectionPath.Replace(":", "__")}__ApiKey), or the top-level configuration value OPENROUTER_API_KEY, " +
                "or set OpenRouterServiceOptions.ApiKey in the configure delegate. Keys start with sk-or-v1- and are created at https://openrouter.ai/keys.");
        }
        else if (HasWhitespaceOrControl(key!))
        {
            // The value itself never goes into the message.
            failures.Add($"The OpenRouter API key{Describe()} contains whitespace or control characters; set {Keys("ApiKey")} to the key exactly as OpenRouter shows it (sk-or-v1-...).");
        }

        var endpoint = options.Endpoint;
        if (endpoint is null || !endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add(
                $"The OpenRouter endpoint{Describe()} must be an absolute http(s) URL of the API root, such as https://openrouter.ai/api/v1/; " +
                $"check {Keys("Endpoint")}.");
        }
        else if (endpoint.Scheme == Uri.UriSchemeHttp && !endpoint.IsLoopback && !string.IsNullOrEmpty(key))
        {
            failures.Add(
                $"The OpenRouter endpoint{Describe()} uses plain HTTP to {endpoint.Host}, which would send the API key unencrypted. " +
                $"Use an https:// endpoint, or a loopback address (127.0.0.1, localhost) for local testing; check {Keys("Endpoint")}.");
        }

        if (options.MaxRetries < 0)
        {
            failures.Add($"OpenRouter MaxRetries{Describe()} is {options.MaxRetries}; it must be 0 or more (0 turns retries off). Check {Keys("MaxRetries")}.");
        }

        if (options.StreamIdleTimeout != System.Threading.Timeout.InfiniteTimeSpan && options.StreamIdleTimeout <= TimeSpan.Zero)
        {
            failures.Add($"OpenRouter StreamIdleTimeout{Describe()} is {options.StreamIdleTimeout}; it must be positive (for example 00:05:00), or -00:00:00.001 to turn the idle timeout off. Check {Keys("StreamIdleTimeout")}.");
        }

        if (options.MaxStreamEventBytes < 1024)
        {
            failures.Add($"OpenRouter MaxStreamEventBytes{Describe()} is {options.MaxStreamEventBytes}; it must be at least 1024 (the default is 16 MiB, 16777216). Check {Keys("MaxStreamEventBytes")}.");
        }

        if (options.MaxResponseBytes < 1024)
        {
            failures.Add($"OpenRouter MaxResponseBytes{Describe()} is {options.MaxResponseBytes}; it must be at least 1024 (the default is 64 MiB, 67108864). Check {Keys("MaxResponseBytes")}.");
        }
    }

    private string Describe() => Name.Length == 0 ? string.Empty : $" (registration '{Name}')";

    private string Keys(string property) =>
        SharedSectionPath is null ? $"'{SectionPath}:{property}'" : $"'{SectionPath}:{property}' (or '{SharedSectionPath}:{property}' for all OpenRouter clients)";

    private static bool HasWhitespaceOrControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
