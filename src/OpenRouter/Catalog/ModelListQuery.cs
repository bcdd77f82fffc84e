using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenRouter;

/// <summary>Query filters of <c>GET models</c>. Every filter is optional; lists are sent comma-joined.</summary>
public sealed class ModelListQuery
{
    /// <summary>Use-case category (<c>category</c>), e.g. <c>programming</c>, <c>roleplay</c>, <c>marketing/seo</c>.</summary>
    public string? Category { get; init; }

    /// <summary>Parameters every returned model must support (<c>supported_parameters</c>), e.g. <c>tools</c>.</summary>
    public IReadOnlyList<string>? SupportedParameters { get; init; }

    /// <summary>Output modalities (<c>output_modalities</c>): <c>text</c>, <c>image</c>, <c>audio</c>, <c>embeddings</c> or <c>all</c>. The API defaults to text only.</summary>
    public IReadOnlyList<string>? OutputModalities { get; init; }

    /// <summary>Input modalities (<c>input_modalities</c>): <c>text</c>, <c>image</c>, <c>audio</c>, <c>file</c>.</summary>
    public IReadOnlyList<string>? InputModalities { get; init; }

    /// <summary>Free-text search (<c>q</c>).</summary>
    public string? Search { get; init; }

    /// <summary>Sort order (<c>sort</c>), e.g. <c>newest</c>, <c>most-popular</c>, <c>pricing-low-to-high</c>.</summary>
    public string? Sort { get; init; }

    /// <summary>Pagination offset (<c>offset</c>).</summary>
    public int? Offset { get; init; }

    /// <summary>Page size, 1 to 1000 (<c>limit</c>). Without offset and limit the full list is returned.</summary>
    public int? Limit { get; init; }

    /// <summary>Minimum context length (<c>context</c>).</summary>
    public long? MinContextLength { get; init; }

    /// <summary>Minimum prompt price in USD per million tokens (<c>min_price</c>).</summary>
    public decimal? MinPrice { get; init; }

    /// <summary>Maximum prompt price in USD per million tokens (<c>max_price</c>).</summary>
    public decimal? MaxPrice { get; init; }

    /// <summary>Minimum output price in USD per million tokens (<c>min_output_price</c>).</summary>
    public decimal? MinOutputPrice { get; init; }

    /// <summary>Maximum output price in USD per million tokens (<c>max_output_price</c>).</summary>
    public decimal? MaxOutputPrice { get; init; }

    /// <summary>Architectures (<c>arch</c>).</summary>
    public IReadOnlyList<string>? Architectures { get; init; }

    /// <summary>Model authors (<c>model_authors</c>).</summary>
    public IReadOnlyList<string>? ModelAuthors { get; init; }

    /// <summary>Providers (<c>providers</c>).</summary>
    public IReadOnlyList<string>? Providers { get; init; }

    /// <summary>Only distillable (true) or non-distillable (false) models (<c>distillable</c>).</summary>
    public bool? Distillable { get; init; }

    /// <summary>Only models with zero-data-retention endpoints (<c>zdr</c>).</summary>
    public bool? Zdr { get; init; }

    /// <summary>Region (<c>region</c>): <c>eu</c> or <c>us</c>.</summary>
    public string? Region { get; init; }

    /// <summary>Minimum age in days (<c>min_age_days</c>).</summary>
    public double? MinAgeDays { get; init; }

    /// <summary>Maximum age in days (<c>max_age_days</c>).</summary>
    public double? MaxAgeDays { get; init; }

    /// <summary>Minimum intelligence index (<c>min_intelligence_index</c>).</summary>
    public double? MinIntelligenceIndex { get; init; }

    /// <summary>Maximum intelligence index (<c>max_intelligence_index</c>).</summary>
    public double? MaxIntelligenceIndex { get; init; }

    /// <summary>Minimum coding index (<c>min_coding_index</c>).</summary>
    public double? MinCodingIndex { get; init; }

    /// <summary>Maximum coding index (<c>max_coding_index</c>).</summary>
    public double? MaxCodingIndex { get; init; }

    /// <summary>Minimum agentic index (<c>min_agentic_index</c>).</summary>
    public double? MinAgenticIndex { get; init; }

    /// <summary>Maximum agentic index (<c>max_agentic_index</c>).</summary>
    public double? MaxAgenticIndex { get; init; }

    /// <summary>Minimum tool success rate (<c>min_tool_success_rate</c>).</summary>
    public double? MinToolSuccessRate { get; init; }

    /// <summary>Maximum tool success rate (<c>max_tool_success_rate</c>).</summary>
    public double? MaxToolSuccessRate { get; init; }

    /// <summary>Other query parameters to send, by name (never <c>use_rss</c>: this client reads JSON).</summary>
    public IReadOnlyDictionary<string, string>? AdditionalParameters { get; init; }

    /// <summary>The query string, starting with <c>?</c>, or empty when no filter is set.</summary>
    internal string ToQueryString()
    {
        var builder = new StringBuilder();
        Add(builder, "category", Category);
        Add(builder, "supported_parameters", Join(SupportedParameters));
        Add(builder, "output_modalities", Join(OutputModalities));
        Add(builder, "input_modalities", Join(InputModalities));
        Add(builder, "q", Search);
        Add(builder, "sort", Sort);
        Add(builder, "offset", Format(Offset));
        Add(builder, "limit", Format(Limit));
        Add(builder, "context", Format(MinContextLength));
        Add(builder, "min_price", Format(MinPrice));
        Add(builder, "max_price", Format(MaxPrice));
        Add(builder, "min_output_price", Format(MinOutputPrice));
        Add(builder, "max_output_price", Format(MaxOutputPrice));
        Add(builder, "arch", Join(Architectures));
        Add(builder, "model_authors", Join(ModelAuthors));
        Add(builder, "providers", Join(Providers));
        Add(builder, "distillable", Format(Distillable));
        Add(builder, "zdr", Format(Zdr));
        Add(builder, "region", Region);
        Add(builder, "min_age_days", Format(MinAgeDays));
        Add(builder, "max_age_days", Format(MaxAgeDays));
        Add(builder, "min_intelligence_index", Format(MinIntelligenceIndex));
        Add(builder, "max_intelligence_index", Format(MaxIntelligenceIndex));
        Add(builder, "min_coding_index", Format(MinCodingIndex));
        Add(builder, "max_coding_index", Format(MaxCodingIndex));
        Add(builder, "min_agentic_index", Format(MinAgenticIndex));
        Add(builder, "max_agentic_index", Format(MaxAgenticIndex));
        Add(builder, "min_tool_success_rate", Format(MinToolSuccessRate));
        Add(builder, "max_tool_success_rate", Format(MaxToolSuccessRate));
        if (AdditionalParameters is not null)
        {
            foreach (var pair in AdditionalParameters)
            {
                if (!pair.Key.StartsWith("use_rss", StringComparison.OrdinalIgnoreCase))
                {
                    Add(builder, pair.Key, pair.Value);
                }
            }
        }

        return builder.ToString();
    }

    private static void Add(StringBuilder builder, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        builder.Append(builder.Length == 0 ? '?' : '&');
        builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }

    private static string? Join(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join(",", values) : null;

    private static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Format(bool? value) => value is null ? null : value.Value ? "true" : "false";
}
