// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>The role of a chat message author (<c>role</c>): system, developer, user, assistant, tool, or any other value the API sends.</summary>
[JsonConverter(typeof(MessageRoleJsonConverter))]
public readonly struct MessageRole : IEquatable<MessageRole>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public MessageRole(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The <c>system</c> role: instructions for the model. Wire value <c>system</c>.</summary>
    public static MessageRole System { get; } = new("system");

    /// <summary>The <c>developer</c> role: instructions that newer models favour over system. Wire value <c>developer</c>.</summary>
    public static MessageRole Developer { get; } = new("developer");

    /// <summary>The <c>user</c> role: the end user's input. Wire value <c>user</c>.</summary>
    public static MessageRole User { get; } = new("user");

    /// <summary>The <c>assistant</c> role: the model's output. Wire value <c>assistant</c>.</summary>
    public static MessageRole Assistant { get; } = new("assistant");

    /// <summary>The <c>tool</c> role: the result of a tool call. Wire value <c>tool</c>.</summary>
    public static MessageRole Tool { get; } = new("tool");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator MessageRole(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(MessageRole left, MessageRole right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(MessageRole left, MessageRole right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static MessageRole FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessageRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessageRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class MessageRoleJsonConverter : OpenStringJsonConverter<MessageRole>
{
    protected override MessageRole Create(string value) => new(value);

    protected override string? GetValue(MessageRole value) => value.Value;
}

/// <summary>Why generation stopped (<c>finish_reason</c>), as normalised by OpenRouter; unknown values are kept as sent.</summary>
[JsonConverter(typeof(CompletionFinishReasonJsonConverter))]
public readonly struct CompletionFinishReason : IEquatable<CompletionFinishReason>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public CompletionFinishReason(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The model finished naturally or hit a stop sequence. Wire value <c>stop</c>.</summary>
    public static CompletionFinishReason Stop { get; } = new("stop");

    /// <summary>The token limit was reached. Wire value <c>length</c>.</summary>
    public static CompletionFinishReason Length { get; } = new("length");

    /// <summary>The model asked for tool calls. Wire value <c>tool_calls</c>.</summary>
    public static CompletionFinishReason ToolCalls { get; } = new("tool_calls");

    /// <summary>Content was filtered by moderation. Wire value <c>content_filter</c>.</summary>
    public static CompletionFinishReason ContentFilter { get; } = new("content_filter");

    /// <summary>A provider error interrupted generation. Wire value <c>error</c>.</summary>
    public static CompletionFinishReason Error { get; } = new("error");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CompletionFinishReason(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(CompletionFinishReason left, CompletionFinishReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(CompletionFinishReason left, CompletionFinishReason right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static CompletionFinishReason FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(CompletionFinishReason other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CompletionFinishReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class CompletionFinishReasonJsonConverter : OpenStringJsonConverter<CompletionFinishReason>
{
    protected override CompletionFinishReason Create(string value) => new(value);

    protected override string? GetValue(CompletionFinishReason value) => value.Value;
}

/// <summary>How much effort a reasoning model spends (<c>reasoning.effort</c> and <c>reasoning_effort</c>); the wire values are lowercase.</summary>
[JsonConverter(typeof(ReasoningEffortLevelJsonConverter))]
public readonly struct ReasoningEffortLevel : IEquatable<ReasoningEffortLevel>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ReasoningEffortLevel(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Reasoning disabled. Wire value <c>none</c>.</summary>
    public static ReasoningEffortLevel None { get; } = new("none");

    /// <summary>Minimal reasoning. Wire value <c>minimal</c>.</summary>
    public static ReasoningEffortLevel Minimal { get; } = new("minimal");

    /// <summary>Low reasoning effort. Wire value <c>low</c>.</summary>
    public static ReasoningEffortLevel Low { get; } = new("low");

    /// <summary>Medium reasoning effort. Wire value <c>medium</c>.</summary>
    public static ReasoningEffortLevel Medium { get; } = new("medium");

    /// <summary>High reasoning effort. Wire value <c>high</c>.</summary>
    public static ReasoningEffortLevel High { get; } = new("high");

    /// <summary>Extra-high reasoning effort. Wire value <c>xhigh</c>.</summary>
    public static ReasoningEffortLevel ExtraHigh { get; } = new("xhigh");

    /// <summary>Maximum reasoning effort. Wire value <c>max</c>.</summary>
    public static ReasoningEffortLevel Max { get; } = new("max");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ReasoningEffortLevel(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ReasoningEffortLevel left, ReasoningEffortLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ReasoningEffortLevel left, ReasoningEffortLevel right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ReasoningEffortLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningEffortLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningEffortLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class ReasoningEffortLevelJsonConverter : OpenStringJsonConverter<ReasoningEffortLevel>
{
    protected override ReasoningEffortLevel Create(string value) => new(value);

    protected override string? GetValue(ReasoningEffortLevel value) => value.Value;
}

/// <summary>Whether providers that store or train on prompts may be used (<c>provider.data_collection</c>).</summary>
[JsonConverter(typeof(DataCollectionPolicyJsonConverter))]
public readonly struct DataCollectionPolicy : IEquatable<DataCollectionPolicy>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public DataCollectionPolicy(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Providers that collect data may be used (the default). Wire value <c>allow</c>.</summary>
    public static DataCollectionPolicy Allow { get; } = new("allow");

    /// <summary>Only providers that do not store or train on data. Wire value <c>deny</c>.</summary>
    public static DataCollectionPolicy Deny { get; } = new("deny");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator DataCollectionPolicy(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(DataCollectionPolicy left, DataCollectionPolicy right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(DataCollectionPolicy left, DataCollectionPolicy right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static DataCollectionPolicy FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataCollectionPolicy other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataCollectionPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class DataCollectionPolicyJsonConverter : OpenStringJsonConverter<DataCollectionPolicy>
{
    protected override DataCollectionPolicy Create(string value) => new(value);

    protected override string? GetValue(DataCollectionPolicy value) => value.Value;
}

/// <summary>A model weight quantization level (<c>provider.quantizations</c>, endpoint <c>quantization</c>).</summary>
[JsonConverter(typeof(QuantizationJsonConverter))]
public readonly struct Quantization : IEquatable<Quantization>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public Quantization(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>4-bit integer. Wire value <c>int4</c>.</summary>
    public static Quantization Int4 { get; } = new("int4");

    /// <summary>8-bit integer. Wire value <c>int8</c>.</summary>
    public static Quantization Int8 { get; } = new("int8");

    /// <summary>4-bit floating point. Wire value <c>fp4</c>.</summary>
    public static Quantization Fp4 { get; } = new("fp4");

    /// <summary>4-bit microscaling floating point. Wire value <c>mxfp4</c>.</summary>
    public static Quantization Mxfp4 { get; } = new("mxfp4");

    /// <summary>NVIDIA 4-bit floating point. Wire value <c>nvfp4</c>.</summary>
    public static Quantization Nvfp4 { get; } = new("nvfp4");

    /// <summary>6-bit floating point. Wire value <c>fp6</c>.</summary>
    public static Quantization Fp6 { get; } = new("fp6");

    /// <summary>8-bit floating point. Wire value <c>fp8</c>.</summary>
    public static Quantization Fp8 { get; } = new("fp8");

    /// <summary>8-bit microscaling floating point. Wire value <c>mxfp8</c>.</summary>
    public static Quantization Mxfp8 { get; } = new("mxfp8");

    /// <summary>16-bit floating point. Wire value <c>fp16</c>.</summary>
    public static Quantization Fp16 { get; } = new("fp16");

    /// <summary>16-bit brain floating point. Wire value <c>bf16</c>.</summary>
    public static Quantization Bf16 { get; } = new("bf16");

    /// <summary>32-bit floating point. Wire value <c>fp32</c>.</summary>
    public static Quantization Fp32 { get; } = new("fp32");

    /// <summary>Quantization not reported. Wire value <c>unknown</c>.</summary>
    public static Quantization Unknown { get; } = new("unknown");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator Quantization(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(Quantization left, Quantization right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(Quantization left, Quantization right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static Quantization FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(Quantization other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantization other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class QuantizationJsonConverter : OpenStringJsonConverter<Quantization>
{
    protected override Quantization Create(string value) => new(value);

    protected override string? GetValue(Quantization value) => value.Value;
}

/// <summary>What provider endpoints are sorted by (<c>provider.sort</c> or <c>provider.sort.by</c>).</summary>
[JsonConverter(typeof(ProviderSortByJsonConverter))]
public readonly struct ProviderSortBy : IEquatable<ProviderSortBy>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ProviderSortBy(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Cheapest first. Wire value <c>price</c>.</summary>
    public static ProviderSortBy Price { get; } = new("price");

    /// <summary>Highest throughput first. Wire value <c>throughput</c>.</summary>
    public static ProviderSortBy Throughput { get; } = new("throughput");

    /// <summary>Lowest latency first. Wire value <c>latency</c>.</summary>
    public static ProviderSortBy Latency { get; } = new("latency");

    /// <summary>Quality-first ordering for tool-calling reliability. Wire value <c>exacto</c>.</summary>
    public static ProviderSortBy Exacto { get; } = new("exacto");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ProviderSortBy(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ProviderSortBy left, ProviderSortBy right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ProviderSortBy left, ProviderSortBy right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ProviderSortBy FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProviderSortBy other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderSortBy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class ProviderSortByJsonConverter : OpenStringJsonConverter<ProviderSortBy>
{
    protected override ProviderSortBy Create(string value) => new(value);

    protected override string? GetValue(ProviderSortBy value) => value.Value;
}

/// <summary>How sorting treats fallback models (<c>provider.sort.partition</c>).</summary>
[JsonConverter(typeof(ProviderSortPartitionJsonConverter))]
public readonly struct ProviderSortPartition : IEquatable<ProviderSortPartition>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ProviderSortPartition(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Sort endpoints within each model; fallback models stay fallbacks (the default). Wire value <c>model</c>.</summary>
    public static ProviderSortPartition Model { get; } = new("model");

    /// <summary>Sort the endpoints of all models together. Wire value <c>none</c>.</summary>
    public static ProviderSortPartition None { get; } = new("none");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ProviderSortPartition(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ProviderSortPartition left, ProviderSortPartition right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ProviderSortPartition left, ProviderSortPartition right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ProviderSortPartition FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProviderSortPartition other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderSortPartition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class ProviderSortPartitionJsonConverter : OpenStringJsonConverter<ProviderSortPartition>
{
    protected override ProviderSortPartition Create(string value) => new(value);

    protected override string? GetValue(ProviderSortPartition value) => value.Value;
}

/// <summary>How verbose the model's output should be (<c>verbosity</c>).</summary>
[JsonConverter(typeof(OutputVerbosityJsonConverter))]
public readonly struct OutputVerbosity : IEquatable<OutputVerbosity>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public OutputVerbosity(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Terse output. Wire value <c>low</c>.</summary>
    public static OutputVerbosity Low { get; } = new("low");

    /// <summary>Default verbosity. Wire value <c>medium</c>.</summary>
    public static OutputVerbosity Medium { get; } = new("medium");

    /// <summary>Verbose output. Wire value <c>high</c>.</summary>
    public static OutputVerbosity High { get; } = new("high");

    /// <summary>Extra-high verbosity. Wire value <c>xhigh</c>.</summary>
    public static OutputVerbosity ExtraHigh { get; } = new("xhigh");

    /// <summary>Maximum verbosity. Wire value <c>max</c>.</summary>
    public static OutputVerbosity Max { get; } = new("max");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator OutputVerbosity(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(OutputVerbosity left, OutputVerbosity right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(OutputVerbosity left, OutputVerbosity right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static OutputVerbosity FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OutputVerbosity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OutputVerbosity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class OutputVerbosityJsonConverter : OpenStringJsonConverter<OutputVerbosity>
{
    protected override OutputVerbosity Create(string value) => new(value);

    protected override string? GetValue(OutputVerbosity value) => value.Value;
}

/// <summary>A provider service tier (<c>service_tier</c>), requested or reported.</summary>
[JsonConverter(typeof(ServiceTierLevelJsonConverter))]
public readonly struct ServiceTierLevel : IEquatable<ServiceTierLevel>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ServiceTierLevel(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the provider choose. Wire value <c>auto</c>.</summary>
    public static ServiceTierLevel Auto { get; } = new("auto");

    /// <summary>The standard tier. Wire value <c>default</c>.</summary>
    public static ServiceTierLevel Default { get; } = new("default");

    /// <summary>Alias of priority. Wire value <c>fast</c>.</summary>
    public static ServiceTierLevel Fast { get; } = new("fast");

    /// <summary>Cheaper, slower tier. Wire value <c>flex</c>.</summary>
    public static ServiceTierLevel Flex { get; } = new("flex");

    /// <summary>Faster, more expensive tier. Wire value <c>priority</c>.</summary>
    public static ServiceTierLevel Priority { get; } = new("priority");

    /// <summary>The scale tier. Wire value <c>scale</c>.</summary>
    public static ServiceTierLevel Scale { get; } = new("scale");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ServiceTierLevel(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ServiceTierLevel left, ServiceTierLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ServiceTierLevel left, ServiceTierLevel right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ServiceTierLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ServiceTierLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceTierLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class ServiceTierLevelJsonConverter : OpenStringJsonConverter<ServiceTierLevel>
{
    protected override ServiceTierLevel Create(string value) => new(value);

    protected override string? GetValue(ServiceTierLevel value) => value.Value;
}

/// <summary>The detail level of an input image (<c>image_url.detail</c>).</summary>
[JsonConverter(typeof(ImageDetailLevelJsonConverter))]
public readonly struct ImageDetailLevel : IEquatable<ImageDetailLevel>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageDetailLevel(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the model choose (the default). Wire value <c>auto</c>.</summary>
    public static ImageDetailLevel Auto { get; } = new("auto");

    /// <summary>Low resolution. Wire value <c>low</c>.</summary>
    public static ImageDetailLevel Low { get; } = new("low");

    /// <summary>High resolution. Wire value <c>high</c>.</summary>
    public static ImageDetailLevel High { get; } = new("high");

    /// <summary>Original resolution (OpenRouter extension). Wire value <c>original</c>.</summary>
    public static ImageDetailLevel Original { get; } = new("original");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageDetailLevel(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageDetailLevel left, ImageDetailLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageDetailLevel left, ImageDetailLevel right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageDetailLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageDetailLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageDetailLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

internal sealed class ImageDetailLevelJsonConverter : OpenStringJsonConverter<ImageDetailLevel>
{
    protected override ImageDetailLevel Create(string value) => new(value);

    protected override string? GetValue(ImageDetailLevel value) => value.Value;
}
