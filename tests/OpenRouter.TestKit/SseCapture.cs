using System.Text;
using System.Text.Json;

namespace OpenRouter.TestKit;

/// <summary>SSE as the client sees it: every comment and data line, in order.</summary>
public sealed class SseCapture
{
    public List<string> Lines { get; } = [];

    public List<string> Comments { get; } = [];

    public List<string> Data { get; } = [];

    public bool EndedWithDone => Data.Count > 0 && Data[^1] == "[DONE]";

    public List<JsonElement> Json
    {
        get
        {
            var list = new List<JsonElement>();
            foreach (var data in Data)
            {
                if (data != "[DONE]")
                {
                    list.Add(JsonDocument.Parse(data).RootElement.Clone());
                }
            }

            return list;
        }
    }

    public static SseCapture Parse(string text)
    {
        var capture = new SseCapture();
        foreach (var line in text.Split('\n'))
        {
            capture.Add(line);
        }

        return capture;
    }

    /// <summary>Reads line by line until EOF; an exception (reset) propagates after what was read is kept.</summary>
    public static async Task ReadAsync(Stream stream, SseCapture into, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            into.Add(line);
        }
    }

    public void Add(string line)
    {
        Lines.Add(line);
        if (line.StartsWith(':'))
        {
            Comments.Add(line);
        }
        else if (line.StartsWith("data: ", StringComparison.Ordinal))
        {
            Data.Add(line["data: ".Length..]);
        }
    }
}
