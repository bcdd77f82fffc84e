using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// <c>RunAsync&lt;T&gt;</c> on an agent over our IChatClient: the agent asks for a JSON schema, the emulator (without a
/// script) answers with an instance of it, and the agent hands back a typed, populated object.
/// </summary>
public sealed class AgentStructuredOutputTests
{
    private const string Instructions = "You plan short city trips.";

    /// <summary>What the tests ask the agent for.</summary>
    public sealed record TripPlan(string City, int Days, string[] Activities, bool NeedsUmbrella);

    [Fact]
    public async Task RunAsync_of_T_sends_the_type_as_a_json_schema_beside_the_instructions()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var agent = harness.ChatClient.AsAIAgent(instructions: Instructions);

        await agent.RunAsync<TripPlan>("Plan 3 days in Lisbon.");

        var body = harness.RequestBody(0);
        var format = Assert.IsType<JsonObject>(body["response_format"]);
        Assert.Equal("json_schema", (string?)format["type"]);
        var jsonSchema = Assert.IsType<JsonObject>(format["json_schema"]);
        Assert.Equal("TripPlan", (string?)jsonSchema["name"]);
        var schema = Assert.IsType<JsonObject>(jsonSchema["schema"]);
        Assert.Equal("object", (string?)schema["type"]);
        var properties = Assert.IsType<JsonObject>(schema["properties"]);
        Assert.Equal(["city", "days", "activities", "needsUmbrella"], properties.Select(p => p.Key));
        Assert.Equal("integer", (string?)properties["days"]!["type"]);
        Assert.Equal("string", (string?)properties["activities"]!["items"]!["type"]);
        JsonAssert.DeepEqual($$"""{"role":"system","content":"{{Instructions}}"}""", body["messages"]![0]);
    }

    [Fact]
    public async Task RunAsync_of_T_returns_a_populated_object()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var agent = harness.ChatClient.AsAIAgent(instructions: Instructions);
        var session = await agent.CreateSessionAsync();

        var response = await agent.RunAsync<TripPlan>("Plan 3 days in Lisbon.", session);

        var plan = response.Result;
        Assert.NotNull(plan);
        Assert.False(string.IsNullOrWhiteSpace(plan.City));
        Assert.NotNull(plan.Activities);
        Assert.All(plan.Activities, a => Assert.False(string.IsNullOrWhiteSpace(a)));

        // The answer is the JSON the emulator wrote, with every property of the schema, and it stays in the session.
        using var answer = JsonDocument.Parse(response.Text);
        Assert.Equal(["activities", "city", "days", "needsUmbrella"], answer.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(session.TryGetInMemoryChatHistory(out var history));
        Assert.Equal(response.Text, history![^1].Text);
    }
}
