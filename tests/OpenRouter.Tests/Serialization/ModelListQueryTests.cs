using System.Collections.Generic;

namespace OpenRouter.Tests.Serialization;

public class ModelListQueryTests
{
    [Fact]
    public void Empty_IsEmptyString() => Assert.Equal(string.Empty, new ModelListQuery().ToQueryString());

    [Fact]
    public void AllFilters_AreEscapedAndJoined()
    {
        var query = new ModelListQuery
        {
            Category = "marketing/seo",
            SupportedParameters = new[] { "tools", "structured_outputs" },
            OutputModalities = new[] { "all" },
            InputModalities = new[] { "text", "image" },
            Search = "claude sonnet",
            Sort = "newest",
            Offset = 0,
            Limit = 50,
            MinContextLength = 128000,
            MinPrice = 0.5m,
            MaxPrice = 10m,
            MinOutputPrice = 1m,
            MaxOutputPrice = 20m,
            Architectures = new[] { "transformer" },
            ModelAuthors = new[] { "anthropic", "openai" },
            Providers = new[] { "google-vertex" },
            Distillable = true,
            Zdr = true,
            Region = "eu",
            MinAgeDays = 1,
            MaxAgeDays = 30,
            MinIntelligenceIndex = 50,
            MaxIntelligenceIndex = 90,
            MinCodingIndex = 40,
            MaxCodingIndex = 80,
            MinAgenticIndex = 30,
            MaxAgenticIndex = 70,
            MinToolSuccessRate = 0.9,
            MaxToolSuccessRate = 1,
            AdditionalParameters = new Dictionary<string, string> { ["use_rss"] = "true", ["new_filter"] = "a&b" },
        };

        Assert.Equal(
            "?category=marketing%2Fseo&supported_parameters=tools%2Cstructured_outputs&output_modalities=all&input_modalities=text%2Cimage" +
            "&q=claude%20sonnet&sort=newest&offset=0&limit=50&context=128000&min_price=0.5&max_price=10&min_output_price=1&max_output_price=20" +
            "&arch=transformer&model_authors=anthropic%2Copenai&providers=google-vertex&distillable=true&zdr=true&region=eu" +
            "&min_age_days=1&max_age_days=30&min_intelligence_index=50&max_intelligence_index=90&min_coding_index=40&max_coding_index=80" +
            "&min_agentic_index=30&max_agentic_index=70&min_tool_success_rate=0.9&max_tool_success_rate=1&new_filter=a%26b",
            query.ToQueryString());
    }
}
