using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// Builds instances of wire types with every wire field (<see cref="WireMembers"/>) set to a non-default value, found by
/// reflection: nested wire types are filled too, lists get one element per shape of their element type, dictionaries
/// one entry, open string values (<see cref="MessageRole"/>, <see cref="ServiceTierLevel"/>...) a known value,
/// <see cref="JsonElement"/>s a small object. Extension data (<c>AdditionalProperties</c>) stays empty. A property added
/// to a wire type is filled without editing this file; a type it cannot fill fails loudly, naming the field.
/// </summary>
/// <remarks>
/// Values are deterministic and distinct within an object (a field read into its neighbour shows), and inside the
/// ranges the client accepts (sampling values 0.1 to 0.9, counts 1 to 5), so a filled request can also be sent. One
/// conflict the client refuses is left in: <see cref="ReasoningConfig"/> has both an effort and a budget; tests that
/// send use <see cref="Sendable"/>. Shared by the core, Microsoft.Extensions.AI and Semantic Kernel test projects
/// (linked), so it uses public API only.
/// </remarks>
internal static class WireFill
{
    private const int MaxDepth = 12;

    /// <summary>An instance of <typeparamref name="T"/> with every wire field set, recursively.</summary>
    public static T Create<T>() => (T)Create(typeof(T));

    /// <summary>An instance of <paramref name="type"/> with every wire field set, recursively (its first shape).</summary>
    public static object Create(Type type) => Shapes(type)[0];

    /// <summary>
    /// Instances of <paramref name="type"/> that together show every shape a field can take on the wire (for a
    /// message: text content, content parts, an assistant turn without content); each sets every wire field but the one
    /// whose shape it shows. Types without such shapes have one.
    /// </summary>
    public static IReadOnlyList<object> Shapes(Type type) => Values(type, new Slot(type.Name, 0), 0);

    /// <summary>
    /// <paramref name="value"/> as values the client sends without refusing them: a <see cref="ReasoningConfig"/> with
    /// both an effort and a token budget (OpenRouter answers 400) becomes two, one without each.
    /// </summary>
    public static IEnumerable<object> Sendable(object value)
    {
        if (value is ReasoningConfig { Effort: not null, MaxTokens: not null } reasoning)
        {
            yield return With(Copy(reasoning), nameof(ReasoningConfig.MaxTokens), null);
            yield return With(Copy(reasoning), nameof(ReasoningConfig.Effort), null);
        }
        else
        {
            yield return value;
        }
    }

    /// <summary>A value set on a property by reflection (init-only setters included); returns <paramref name="target"/>.</summary>
    public static object With(object target, string property, object? value)
    {
        target.GetType().GetProperty(property)!.SetValue(target, value);
        return target;
    }

    private static object Copy(object value)
    {
        var copy = Activator.CreateInstance(value.GetType())!;
        foreach (var property in value.GetType().GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            property.SetValue(copy, property.GetValue(value));
        }

        return copy;
    }

    /// <summary>The values a field of type <paramref name="type"/> takes; <paramref name="slot"/> names the field, for distinct values and messages.</summary>
    private static IReadOnlyList<object> Values(Type type, Slot slot, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"WireFill: {slot.Name} nests deeper than {MaxDepth} levels; is there a cycle?");
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(type, slot) is { } scalar)
        {
            return [scalar];
        }

        if (Known(type) is { } known)
        {
            return [known];
        }

        if (DictionaryTypes(type) is { } pair)
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(pair.Key, pair.Value))!;
            dictionary.Add(pair.Key == typeof(string) ? slot.Name + ".key" : Values(pair.Key, slot, depth + 1)[0], Values(pair.Value, slot.Item, depth + 1)[0]);
            return [dictionary];
        }

        if (ElementType(type) is { } element)
        {
            var items = Values(element, slot.Item, depth + 1);
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(item);
            }

            if (type.IsArray)
            {
                var array = Array.CreateInstance(element, list.Count);
                list.CopyTo(array, 0);
                return [array];
            }

            return [list];
        }

        if (WireMembers.IsWireObject(type) && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return Objects(type, depth);
        }

        throw new NotSupportedException(
            $"WireFill cannot fill {slot.Name} of type {type}: a type with a JSON converter of its own needs a known value in WireFill.Known, anything else a public parameterless constructor and [JsonPropertyName] properties.");
    }

    /// <summary>
    /// Instances of a wire object: as many as the most shapes any of its fields (or the type itself) has; instance i
    /// takes shape i of each field (its last when it has fewer).
    /// </summary>
    private static IReadOnlyList<object> Objects(Type type, int depth)
    {
        var members = WireMembers.Of(type).Where(m => m.Property.SetMethod is { IsPublic: true }).ToList();
        var values = members.Select((m, i) => Values(m.Property.PropertyType, new Slot($"{type.Name}.{m.Property.Name}", i), depth + 1)).ToList();
        var shapes = TypeShapes(type, depth);
        var count = Math.Max(shapes.Count, values.Count == 0 ? 1 : values.Max(v => v.Count));
        var result = new List<object>(count);
        for (var i = 0; i < count; i++)
        {
            var instance = Activator.CreateInstance(type)!;
            for (var m = 0; m < members.Count; m++)
            {
                members[m].Property.SetValue(instance, values[m][Math.Min(i, values[m].Count - 1)]);
            }

            if (shapes.Count > 0)
            {
                shapes[Math.Min(i, shapes.Count - 1)](instance);
            }

            result.Add(instance);
        }

        return result;
    }

    /// <summary>
    /// Shapes of a type whose one wire field has several forms. A message's <c>content</c> (an internal member
    /// serialized from <see cref="ChatCompletionMessage.Content"/> or <see cref="ChatCompletionMessage.ContentParts"/>)
    /// is a string, an array of parts, or null on an assistant turn with neither.
    /// </summary>
    private static List<Action<object>> TypeShapes(Type type, int depth)
    {
        if (type != typeof(ChatCompletionMessage))
        {
            return [];
        }

        var parts = Values(typeof(IReadOnlyList<ChatContentPart>), new Slot("ChatCompletionMessage.ContentParts", 0), depth + 1)[0];
        return
        [
            m => With(With(m, nameof(ChatCompletionMessage.Role), MessageRole.User), nameof(ChatCompletionMessage.Content), "ChatCompletionMessage.Content"),
            m => With(With(m, nameof(ChatCompletionMessage.Role), MessageRole.Assistant), nameof(ChatCompletionMessage.ContentParts), parts),
            m => With(m, nameof(ChatCompletionMessage.Role), MessageRole.Assistant),
        ];
    }

    /// <summary>
    /// Values with a JSON converter of their own (no [JsonPropertyName] members to fill). Open string values
    /// (<see cref="MessageRole"/>, <see cref="ReasoningEffortLevel"/>...) take their first well-known value; the others
    /// are listed. A new such type is refused by <see cref="Values"/> until it is added here.
    /// </summary>
    private static object? Known(Type type)
    {
        if (type == typeof(ToolChoice))
        {
            return ToolChoice.ForFunction("tool_choice_function");
        }

        if (type == typeof(ReasoningDetail))
        {
            return ReasoningDetail.CreateText("ReasoningDetail.text", "ReasoningDetail.signature", "ReasoningDetail.format", 1);
        }

        if (type == typeof(ProviderSort))
        {
            return new ProviderSort { By = ProviderSortBy.Throughput, Partition = ProviderSortPartition.Model };
        }

        if (type == typeof(PerformanceThreshold))
        {
            return new PerformanceThreshold { P50 = 0.5, P75 = 0.75, P90 = 0.9, P99 = 0.99 };
        }

        if (type == typeof(EmbeddingInput))
        {
            // The array-of-texts form; RouteRequestBodyTests shows the others.
            return EmbeddingInput.FromTexts(["EmbeddingInput.Texts[0]", "EmbeddingInput.Texts[1]"]);
        }

        if (type == typeof(RerankDocument))
        {
            // The object form (text and image); a text alone is written as a plain string.
            return new RerankDocument { Text = "RerankDocument.Text", Image = "RerankDocument.Image" };
        }

        if (type.IsValueType && type.GetCustomAttribute<JsonConverterAttribute>() is not null)
        {
            // An open string value: its first well-known value (MessageRole.System, ServiceTierLevel.Auto, ...).
            return type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type)?.GetValue(null);
        }

        return null;
    }

    private static object? Scalar(Type type, Slot slot)
    {
        if (type == typeof(string))
        {
            return slot.Name;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return slot.Ordinal % 5 + 1;
        }

        if (type == typeof(long))
        {
            return 1000L + slot.Ordinal;
        }

        if (type == typeof(double))
        {
            return (slot.Ordinal % 9 + 1) / 10.0;
        }

        if (type == typeof(float))
        {
            return (slot.Ordinal % 9 + 1) / 10f;
        }

        if (type == typeof(decimal))
        {
            return (slot.Ordinal % 9 + 1) / 1000m;
        }

        if (type == typeof(JsonElement))
        {
            using var document = JsonDocument.Parse("{\"of\":\"" + slot.Name + "\"}");
            return document.RootElement.Clone();
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length > 1 ? values.GetValue(1) : values.GetValue(0);
        }

        return null;
    }

    private static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        foreach (var candidate in type.GetInterfaces().Append(type).Where(t => t.IsGenericType))
        {
            var definition = candidate.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>))
            {
                var arguments = candidate.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        return null;
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.GetInterfaces().Append(type)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(t => t.GetGenericArguments()[0])
            .FirstOrDefault();
    }

    /// <summary>Which field a value is for: its name (<c>Type.Property</c>, the value of strings) and its position in its type.</summary>
    private readonly record struct Slot(string Name, int Ordinal)
    {
        public Slot Item => this with { Name = Name + "[0]" };
    }
}
