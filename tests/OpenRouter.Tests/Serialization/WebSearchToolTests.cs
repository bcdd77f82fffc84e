using System.Text;
using static OpenRouter.Tests.Serialization.Fixtures;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Serialization;

/// <summary>The typed web search server tool on the wire, through the hand-written writer and the serializer alike.</summary>
public sealed class WebSearchToolTests
{
    private static void AssertWire(string expectedTools, ChatCompletionRequest request)
    {
        var expected = $$"""{"model":"m","messages":[{"role":"user","content":"news?"}],"tools":{{expectedTools}}}""";
        AssertJsonEqual(expected, Encoding.UTF8.GetString(ChatCompletionRequestWriter.ToUtf8Bytes(request)));
        AssertJsonEqual(expected, System.Text.Json.JsonSerializer.Serialize(request, Context.ChatCompletionRequest));
    }

    private static ChatCompletionRequest With(ChatCompletionTool tool) => new() { Model = "m", Messages = [ChatCompletionMessage.User("news?")], Tools = [tool] };

    [Fact]
    public void Without_options_only_the_type_is_sent()
    {
        AssertWire("""[{"type":"openrouter:web_search"}]""", With(ChatCompletionTool.CreateWebSearch()));
        Assert.Equal("openrouter:web_search", ChatCompletionTool.WebSearchType);
    }

    [Fact]
    public void Every_typed_option_goes_in_parameters_under_its_wire_name()
    {
        var tool = ChatCompletionTool.CreateWebSearch(new WebSearchToolParameters
        {
            Engine = "exa",
            Mode = "deep",
            MaxResults = 3,
            MaxTotalResults = 9,
            MaxCharacters = 1500,
            MaxUses = 2,
            SearchContextSize = "high",
            AllowedDomains = ["*.substack.com", "openai.com/blog"],
            UserLocation = new WebSearchUserLocation { City = "Oslo", Country = "NO", Timezone = "Europe/Oslo" },
            AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["brand_new_option"] = Json("true") },
        });

        AssertWire(
            """
            [{"type":"openrouter:web_search","parameters":{
              "engine":"exa","mode":"deep","max_results":3,"max_total_results":9,"max_characters":1500,"max_uses":2,
              "search_context_size":"high","allowed_domains":["*.substack.com","openai.com/blog"],
              "user_location":{"type":"approximate","city":"Oslo","country":"NO","timezone":"Europe/Oslo"},
              "brand_new_option":true}}]
            """,
            With(tool));
    }

    [Fact]
    public void The_deprecated_web_plugin_is_still_there_as_a_plugin()
    {
        var request = new ChatCompletionRequest { Model = "m", Plugins = [ChatPlugin.Web(maxResults: 2, engine: "native")] };

        AssertJsonEqual("""{"model":"m","plugins":[{"id":"web","engine":"native","max_results":2}]}""", Encoding.UTF8.GetString(ChatCompletionRequestWriter.ToUtf8Bytes(request)));
    }
}
