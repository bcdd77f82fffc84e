using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Cost;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>
/// The cost count in <see cref="UsageDetails.AdditionalCounts"/> (whole picodollars, converted in decimal arithmetic),
/// and <c>GetOpenRouterCost</c> / <c>GetOpenRouterSpend</c> over every shape a cost can take.
/// </summary>
public sealed class CostReadingTests
{
    [Theory]
    [InlineData("0.000000000001", 1L)]                      // one picodollar, the unit
    [InlineData("0.00000001875", 18_750L)]                  // one token at $0.01875 per million (a cache read price)
    [InlineData("0.00000002", 20_000L)]                     // one token at $0.02 per million
    [InlineData("0.0000171", 17_100_000L)]                  // the README quick start's two calls
    [InlineData("0", 0L)]                                    // a free call still reports its cost
    [InlineData("-0.0001", -100_000_000L)]                  // a credit, should one ever come back
    [InlineData("1234567.890123456789", 1_234_567_890_123_456_789L)] // 19 digits: more than a double holds
    [InlineData("9223372.036854775807", long.MaxValue)]    // the largest amount a long of picodollars holds
    public void Dollars_and_picodollars_convert_exactly_both_ways(string dollars, long picodollars)
    {
        var usd = decimal.Parse(dollars, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(picodollars, PicoUsd.FromUsd(usd));
        Assert.Equal(usd, PicoUsd.ToUsd(picodollars));
    }

    [Theory]
    [InlineData("0.0000000000004", 0L)]
    [InlineData("0.0000000000005", 1L)]
    [InlineData("0.0000000000015", 2L)]
    [InlineData("-0.0000000000005", -1L)]
    public void More_than_twelve_decimals_round_to_the_nearest_picodollar_half_away_from_zero(string dollars, long picodollars) =>
        Assert.Equal(picodollars, PicoUsd.FromUsd(decimal.Parse(dollars, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_amount_beyond_a_long_of_picodollars_has_no_count_and_the_response_falls_back_to_the_exact_property()
    {
        Assert.Null(PicoUsd.FromUsd(9_223_372.036854775808m));
        Assert.Null(PicoUsd.FromUsd(decimal.MaxValue));
        Assert.Null(PicoUsd.FromUsd(decimal.MinValue));

        var response = Map(Usage(cost: 10_000_000m));

        Assert.Null(response.Usage!.GetOpenRouterCost());
        Assert.Equal(10_000_000m, response.GetOpenRouterCost());
    }

    [Fact]
    public void Summed_costs_are_exact_where_doubles_are_not()
    {
        var total = new UsageDetails();
        total.Add(Map(Usage(cost: 0.1m)).Usage!);
        total.Add(Map(Usage(cost: 0.2m)).Usage!);

        Assert.NotEqual(0.3, 0.1 + 0.2);
        Assert.Equal(0.3m, total.GetOpenRouterCost());
        Assert.Equal(300_000_000_000L, total.AdditionalCounts![OpenRouterPropertyNames.CostPicoUsd]);
    }

    [Fact]
    public void A_million_cheapest_tokens_add_up_to_the_cent()
    {
        var total = new UsageDetails();
        var oneToken = Map(Usage(cost: 0.00000001m)).Usage!;
        for (var i = 0; i < 1_000_000; i++)
        {
            total.Add(oneToken);
        }

        Assert.Equal(0.01m, total.GetOpenRouterCost());
    }

    [Fact]
    public void Without_byok_the_upstream_cost_is_part_of_the_cost_and_is_not_counted_again()
    {
        // Without BYOK, upstream_inference_cost repeats the part of cost that went to the provider.
        var response = Map(Usage(cost: 0.00042m, byok: false, upstream: 0.00042m));

        Assert.Equal(0.00042m, response.GetOpenRouterCost());
        Assert.Equal(0.00042m, response.GetOpenRouterSpend());
        Assert.Equal(0.00042m, response.Usage.GetOpenRouterSpend());
        Assert.False(response.Usage!.AdditionalCounts!.ContainsKey(OpenRouterPropertyNames.ByokUpstreamCostPicoUsd));
    }

    [Fact]
    public void With_byok_the_spend_adds_what_the_provider_charged_your_key()
    {
        // With BYOK, cost is OpenRouter's fee and upstream_inference_cost is the provider's bill to your own key.
        var response = Map(Usage(cost: 0.000021m, byok: true, upstream: 0.00042m));

        Assert.Equal(0.000021m, response.GetOpenRouterCost());
        Assert.Equal(0.000441m, response.GetOpenRouterSpend());
        Assert.Equal(420_000_000L, response.Usage!.AdditionalCounts![OpenRouterPropertyNames.ByokUpstreamCostPicoUsd]);
    }

    [Fact]
    public void Byok_without_an_upstream_cost_spends_the_cost()
    {
        var response = Map(Usage(cost: 0m, byok: true, upstream: null));

        Assert.Equal(0m, response.GetOpenRouterCost());
        Assert.Equal(0m, response.GetOpenRouterSpend());
    }

    [Fact]
    public void No_usage_and_no_cost_is_null_not_zero()
    {
        UsageDetails? none = null;
        Assert.Null(none.GetOpenRouterCost());
        Assert.Null(none.GetOpenRouterSpend());
        Assert.Null(new UsageDetails { InputTokenCount = 3 }.GetOpenRouterCost());
        Assert.Null(new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi")).GetOpenRouterCost());
        Assert.Throws<ArgumentNullException>(() => ((ChatResponse)null!).GetOpenRouterCost());
        Assert.Throws<ArgumentNullException>(() => ((ChatResponse)null!).GetOpenRouterSpend());
    }

    public static TheoryData<object> CostShapes() => new()
    {
        0.00042m,
        0.00042,
        0.00042f,
        "0.00042",
        "4.2E-4",
        JsonDocument.Parse("0.00042").RootElement.Clone(),
        JsonDocument.Parse("4.2e-4").RootElement.Clone(),
        JsonDocument.Parse("\"0.00042\"").RootElement.Clone(),
    };

    [Theory]
    [MemberData(nameof(CostShapes))]
    public void A_cost_property_of_any_shape_is_read_exactly(object cost)
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi"))
        {
            AdditionalProperties = new() { [OpenRouterPropertyNames.Cost] = cost },
        };

        Assert.Equal(0.00042m, response.GetOpenRouterCost());
    }

    [Theory]
    [InlineData(2L)]
    [InlineData(2)]
    public void An_integer_cost_property_is_read_in_dollars(object cost)
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi")) { AdditionalProperties = new() { [OpenRouterPropertyNames.Cost] = cost } };

        Assert.Equal(2m, response.GetOpenRouterCost());
    }

    [Theory]
    [InlineData("not a number")]
    [InlineData(double.NaN)]
    [InlineData(true)]
    public void A_cost_property_that_is_no_amount_is_ignored(object cost)
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi")) { AdditionalProperties = new() { [OpenRouterPropertyNames.Cost] = cost } };

        Assert.Null(response.GetOpenRouterCost());
    }

    [Fact]
    public void After_a_json_round_trip_the_count_survives_and_the_property_is_a_json_element()
    {
        var original = Map(Usage(cost: 0.000021m, byok: true, upstream: 0.00042m));
        var json = JsonSerializer.Serialize(original, AIJsonUtilities.DefaultOptions);
        var restored = JsonSerializer.Deserialize<ChatResponse>(json, AIJsonUtilities.DefaultOptions)!;

        // What callers did before: a cast of the property, which a round trip breaks.
        Assert.IsType<JsonElement>(restored.AdditionalProperties![OpenRouterPropertyNames.Cost]);
        Assert.Throws<InvalidCastException>(() => (decimal)restored.AdditionalProperties[OpenRouterPropertyNames.Cost]!);
        Assert.Equal(0.000021m, restored.GetOpenRouterCost());
        Assert.Equal(0.000441m, restored.GetOpenRouterSpend());
    }

    [Fact]
    public void A_response_without_counts_sums_the_costs_on_its_messages_then_reads_its_own()
    {
        // As a tool loop's response looked when cached by a version that kept cost only in AdditionalProperties.
        static ChatMessage Message(object cost, object? byok = null, object? upstream = null)
        {
            var message = new ChatMessage(ChatRole.Assistant, "x") { AdditionalProperties = new() { [OpenRouterPropertyNames.Cost] = cost } };
            if (byok is not null)
            {
                message.AdditionalProperties[OpenRouterPropertyNames.IsByok] = byok;
                message.AdditionalProperties[OpenRouterPropertyNames.UpstreamInferenceCost] = upstream;
            }

            return message;
        }

        var loop = new ChatResponse([Message(0.0003m), new ChatMessage(ChatRole.Tool, "sunny"), Message(Json("0.0005"), Json("true"), Json("0.002"))])
        {
            Usage = new UsageDetails { InputTokenCount = 80 },
            AdditionalProperties = new() { [OpenRouterPropertyNames.Cost] = 0.0005m },
        };
        var single = new ChatResponse(new ChatMessage(ChatRole.Assistant, "x"))
        {
            AdditionalProperties = new() { [OpenRouterPropertyNames.Cost] = 0.0007, [OpenRouterPropertyNames.IsByok] = "true", [OpenRouterPropertyNames.UpstreamInferenceCost] = "0.001" },
        };

        Assert.Equal(0.0008m, loop.GetOpenRouterCost());
        Assert.Equal(0.0028m, loop.GetOpenRouterSpend());
        Assert.Equal(0.0007m, single.GetOpenRouterCost());
        Assert.Equal(0.0017m, single.GetOpenRouterSpend());
    }

    [Fact]
    public void The_count_wins_over_the_per_call_property()
    {
        var response = Map(Usage(cost: 0.0003m));
        response.Usage!.Add(Map(Usage(cost: 0.0005m)).Usage!);

        Assert.Equal(0.0003m, response.AdditionalProperties![OpenRouterPropertyNames.Cost]);
        Assert.Equal(0.0008m, response.GetOpenRouterCost());
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static TokenUsage Usage(decimal? cost, bool? byok = false, decimal? upstream = null) => new()
    {
        PromptTokens = 10,
        CompletionTokens = 5,
        TotalTokens = 15,
        Cost = cost,
        IsByok = byok,
        CostDetails = new UsageCostDetails { UpstreamInferenceCost = upstream },
    };

    private static ChatResponse Map(TokenUsage usage) => FromOpenRouterResponse.ToChatResponse(new ChatCompletion
    {
        Id = "gen-cost",
        Model = "openai/gpt-4o-mini",
        Choices = [new ChatCompletionChoice { Message = new ChatCompletionMessage { Content = "hi" } }],
        Usage = usage,
    });
}
