using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Budget;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>The one seam the budget reads costs through (<c>BudgetCost</c>), over what the mapping produces and what a JSON round trip leaves.</summary>
public sealed class BudgetCostTests
{
    [Fact]
    public void A_response_costs_the_sum_of_its_messages_costs_else_its_own()
    {
        var loop = new ChatResponse([Assistant(0.001m), new ChatMessage(ChatRole.Tool, "result"), Assistant(0.002m)])
        {
            AdditionalProperties = new() { ["cost"] = 0.002m },   // a tool loop's response keeps the last call's properties
        };
        var plain = new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi")) { AdditionalProperties = new() { ["cost"] = 0.004m } };

        Assert.Equal(0.003m, BudgetCost.Of(loop));
        Assert.Equal(0.004m, BudgetCost.Of(plain));
        Assert.Null(BudgetCost.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi"))));
    }

    [Fact]
    public void Costs_read_back_from_json_count_the_same()
    {
        var response = new ChatResponse(Assistant(0.00123m)) { AdditionalProperties = new() { ["cost"] = 0.00123m } };
        var json = JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions);
        var back = JsonSerializer.Deserialize<ChatResponse>(json, AIJsonUtilities.DefaultOptions)!;

        Assert.IsType<JsonElement>(back.Messages[0].AdditionalProperties!["cost"]);
        Assert.Equal(0.00123m, BudgetCost.Of(back));
    }

    [Theory]
    [InlineData(0.5d, "0.5")]
    [InlineData("0.25", "0.25")]
    [InlineData(3L, "3")]
    [InlineData("not a number", null)]
    [InlineData(double.NaN, null)]
    public void Cost_values_of_other_types_are_read_when_they_are_numbers(object value, string? expected)
    {
        var update = new ChatResponseUpdate { AdditionalProperties = new() { ["cost"] = value } };
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BudgetCost.Of(update));
    }

    private static ChatMessage Assistant(decimal cost) =>
        new(ChatRole.Assistant, "answer") { AdditionalProperties = new() { ["cost"] = cost } };
}
