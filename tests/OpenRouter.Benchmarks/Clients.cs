using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenRouter.SemanticKernel;

namespace OpenRouter.Benchmarks;

/// <summary>
/// Every client under test, pointed at one in-memory handler that serves <paramref name="body"/>. Built in
/// GlobalSetup, so construction is not measured.
/// </summary>
public sealed class Clients : IDisposable
{
    public static readonly Uri Endpoint = new("http://localhost/api/v1/");

    public Clients(byte[] body, bool eventStream)
    {
        Handler = new InMemoryHandler(body, eventStream);

        // The raw rows: a plain HttpClient, as a hand-rolled client would use it.
        Raw = new HttpClient(Handler, disposeHandler: false) { BaseAddress = Endpoint };
        Raw.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer k");

        Core = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "k", Endpoint = Endpoint }, new HttpClient(Handler, disposeHandler: false));
        ChatClient = Core.AsIChatClient(Payloads.Model);
        SkChat = new OpenRouterChatCompletionService(Core, Payloads.Model);
        SkText = new OpenRouterTextGenerationService(Core, Payloads.Model);

        OpenAIChatClient = new OpenAI.Chat.ChatClient(
            Payloads.Model,
            new ApiKeyCredential("k"),
            new OpenAIClientOptions { Endpoint = Endpoint, Transport = new HttpClientPipelineTransport(new HttpClient(Handler, disposeHandler: false)) })
            .AsIChatClient();
    }

    public InMemoryHandler Handler { get; }

    public HttpClient Raw { get; }

    public OpenRouterClient Core { get; }

    public IChatClient ChatClient { get; }

    public OpenRouterChatCompletionService SkChat { get; }

    public OpenRouterTextGenerationService SkText { get; }

    public IChatClient OpenAIChatClient { get; }

    public void Dispose()
    {
        OpenAIChatClient.Dispose();
        ChatClient.Dispose();
        Core.Dispose();
        Raw.Dispose();
        Handler.Dispose();
    }
}
