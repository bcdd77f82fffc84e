using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary><c>GetResponseAsync&lt;T&gt;</c> through our IChatClient: a JSON schema goes out, a typed object comes back.</summary>
public sealed class StructuredOutputTests
{
    public sealed record WeatherReport(string City, double TemperatureCelsius, string[] Conditions, bool Windy);

    public enum Pace
    {
        Relaxed,
        Busy,
    }

    public sealed record TripStop(string City, DateOnly Date, decimal Price);

    public sealed record TripPlan(string Title, int Days, Pace Pace, List<TripStop> Stops, WeatherReport Forecast, string? Notes);

    [Fact]
    public async Task Typed_response_from_an_unscripted_emulator_is_a_populated_record()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var chatClient = harness.Client.AsIChatClient(EmulatorHarness.Model);

        var response = await chatClient.GetResponseAsync<TripPlan>("Plan a weekend in \"Lisbon\".");

        Assert.True(response.TryGetResult(out var plan));
        Assert.Equal("Lisbon", plan.Title);
        Assert.True(plan.Days > 0);
        Assert.True(Enum.IsDefined(plan.Pace));
        Assert.Equal(2, plan.Stops.Count);
        Assert.All(plan.Stops, stop => Assert.False(string.IsNullOrWhiteSpace(stop.City)));
        Assert.NotEqual(plan.Stops[0].City, plan.Stops[1].City);
        Assert.NotEqual(default, plan.Stops[0].Date);
        Assert.False(string.IsNullOrWhiteSpace(plan.Forecast.City));
        Assert.NotEmpty(plan.Forecast.Conditions);
        Assert.Equal("json_schema", (string?)harness.RequestBody(0)["response_format"]?["type"]);
    }

    [Fact]
    public async Task Typed_response_in_json_mode_from_an_unscripted_emulator_follows_the_schema_in_the_prompt()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var response = await harness.ChatClient.GetResponseAsync<TripPlan>("Plan a weekend in \"Lisbon\".", useJsonSchemaResponseFormat: false);

        Assert.Equal("json_object", (string?)harness.RequestBody(0)["response_format"]?["type"]);
        Assert.Equal("Lisbon", response.Result.Title);
        Assert.Equal(2, response.Result.Stops.Count);
        Assert.NotEmpty(response.Result.Forecast.Conditions);
    }

    [Fact]
    public async Task Typed_response_sends_a_json_schema_and_parses_the_answer()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat(
            """{"city":"Paris","temperatureCelsius":21.5,"conditions":["sunny","dry"],"windy":false}"""));

        var response = await harness.ChatClient.GetResponseAsync<WeatherReport>("Weather report for Paris, please.");

        Assert.True(response.TryGetResult(out var report));
        Assert.Equal("Paris", report.City);
        Assert.Equal(21.5, report.TemperatureCelsius);
        Assert.Equal(["sunny", "dry"], report.Conditions);
        Assert.False(report.Windy);

        var format = Assert.IsType<JsonObject>(harness.RequestBody(0)["response_format"]);
        Assert.Equal("json_schema", (string?)format["type"]);
        var jsonSchema = Assert.IsType<JsonObject>(format["json_schema"]);
        Assert.Equal("WeatherReport", (string?)jsonSchema["name"]);
        var schema = Assert.IsType<JsonObject>(jsonSchema["schema"]);
        Assert.Equal("object", (string?)schema["type"]);
        var properties = Assert.IsType<JsonObject>(schema["properties"]);
        Assert.Equal(["city", "temperatureCelsius", "conditions", "windy"], properties.Select(p => p.Key));
        Assert.Equal("array", (string?)properties["conditions"]!["type"]);
        Assert.Equal("string", (string?)properties["conditions"]!["items"]!["type"]);
    }

    [Fact]
    public async Task Typed_response_without_schema_asks_for_json_object()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat("""{"city":"Oslo","temperatureCelsius":-3,"conditions":["snow"],"windy":true}"""));

        var response = await harness.ChatClient.GetResponseAsync<WeatherReport>("Oslo?", useJsonSchemaResponseFormat: false);

        Assert.Equal(new[] { "snow" }, response.Result.Conditions);
        Assert.True(response.Result.Windy);
        var format = Assert.IsType<JsonObject>(harness.RequestBody(0)["response_format"]);
        Assert.Equal("json_object", (string?)format["type"]);
        Assert.Null(format["json_schema"]);
    }
}
