using System.Reflection;
using System.Text.Json.Serialization;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// The wire fields of a type as its declaration states them: every property with <see cref="JsonPropertyNameAttribute"/>
/// that the serializer sees (public, or non-public with <see cref="JsonIncludeAttribute"/>; not
/// <c>[JsonIgnore]</c> always), in declaration order, and its <c>[JsonExtensionData]</c> property. Tests that must cover
/// every field enumerate this, so a property added later is covered without editing them.
/// </summary>
/// <remarks>Shared by the core, Microsoft.Extensions.AI and Semantic Kernel test projects (linked), so it uses public API only.</remarks>
internal static class WireMembers
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>The wire fields of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<WireMember> Of(Type type) =>
        type.GetProperties(Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Where(p => p.GetMethod is { IsPublic: true } || p.GetCustomAttribute<JsonIncludeAttribute>() is not null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new WireMember(type, p, p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name))
            .ToList();

    /// <summary>The <c>[JsonExtensionData]</c> property of <paramref name="type"/>, or null.</summary>
    public static PropertyInfo? ExtensionData(Type type) =>
        type.GetProperties(Instance).FirstOrDefault(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);

    /// <summary>True for a class or struct whose JSON is its wire fields (not a value with a converter of its own).</summary>
    public static bool IsWireObject(Type type) =>
        type.GetCustomAttribute<JsonConverterAttribute>() is null && Of(type).Count > 0;
}

/// <summary>One wire field: the type that declares it, its property and its JSON name.</summary>
internal sealed record WireMember(Type Owner, PropertyInfo Property, string WireName)
{
    /// <summary>How failure messages name the field: <c>ChatCompletionChunk.Foo ("foo")</c>.</summary>
    public override string ToString() => $"{Owner.Name}.{Property.Name} (\"{WireName}\")";
}
