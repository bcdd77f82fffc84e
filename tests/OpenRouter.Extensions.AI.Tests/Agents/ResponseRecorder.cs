using System.Net.Http;
using System.Text.Json.Nodes;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// An HTTP handler that keeps the body of every JSON (non-streamed) response it passes on, so a test can compare what
/// the client later sends back with what the server actually returned, not with what the client made of it.
/// </summary>
internal sealed class ResponseRecorder : DelegatingHandler
{
    private readonly List<JsonObject> _bodies = [];

    public ResponseRecorder()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Gets the JSON bodies received so far, in order.</summary>
    public IReadOnlyList<JsonObject> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            lock (_bodies)
            {
                _bodies.Add(Assert.IsType<JsonObject>(JsonNode.Parse(body)));
            }
        }

        return response;
    }
}
