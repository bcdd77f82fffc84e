using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>The Semantic Kernel layer on the test kit (request bodies are read with its <c>Body</c> and <c>Text</c>).</summary>
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

    /// <summary>A kernel with one OpenRouter chat service for <paramref name="modelId"/> on the rig's emulator, with the rig's key.</summary>
    public static Kernel ChatKernel(this EmulatorRig rig, string modelId = EmulatorRig.DefaultModel) =>
        BuildKernel(b => b.AddOpenRouterChatCompletion(modelId, rig.ApiKey!, rig.Endpoint));
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
