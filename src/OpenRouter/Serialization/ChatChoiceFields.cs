using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Serialization;

/// <summary>The members of a chat choice, as read by <see cref="ChatCompletionChunkReader.ReadChatChoice"/>.</summary>
internal struct ChatChoiceFields
{
    public ChoiceFields Common;
    public ChatCompletionMessage? Message;
    public ChatLogprobs? Logprobs;
    public Dictionary<string, JsonElement>? Extra;
}
