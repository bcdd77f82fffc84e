using Microsoft.Extensions.Configuration;

namespace OpenRouter.Extensions.AI.DependencyInjection;

/// <summary>Binds a configuration section into <see cref="OpenRouterServiceOptions"/>, flat: each client setting by its own name, and <c>DefaultModel</c>.</summary>
/// <remarks>
/// The configuration binding generator reports (SYSLIB1100, SYSLIB1101) the one client setting configuration cannot
/// hold, <see cref="OpenRouterClientOptions.TimeProvider"/>, which comes from the container instead, and binds all the
/// others (the project file silences those two diagnostics; a registration test checks that every other setting binds).
/// </remarks>
internal static class ServiceOptionsBinding
{
    public static void Bind(OpenRouterServiceOptions options, IConfigurationSection section)
    {
        section.Bind(options.Client);
        if (section[nameof(OpenRouterServiceOptions.DefaultModel)] is { } model)
        {
            options.DefaultModel = model;
        }
    }
}
