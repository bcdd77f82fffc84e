using System.ComponentModel;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel.Tests;

internal static class Support
{
    public const string ApiKey = "sk-or-v1-test";

    /// <summary>A kernel whose services were added by <paramref name="configure"/>.</summary>
    public static Kernel BuildKernel(Action<IKernelBuilder> configure)
    {
        var builder = Kernel.CreateBuilder();
        configure(builder);
        return builder.Build();
    }

    public static JsonElement Body(this OpenRouter.Testing.OpenRouterEmulator emulator, int index) => emulator.Requests[index].Json!.Value;

    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}

/// <summary>A kernel plugin that records its calls.</summary>
public sealed class WeatherPlugin
{
    public List<string> Cities { get; } = [];

    [KernelFunction("get_weather")]
    [Description("Gets the weather of a city.")]
    public string GetWeather([Description("The city")] string city)
    {
        Cities.Add(city);
        return $"Sunny in {city}";
    }
}
