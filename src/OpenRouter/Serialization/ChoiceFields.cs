namespace OpenRouter.Serialization;

/// <summary>The members every choice shares, as read by <see cref="ChatCompletionChunkReader.TryReadChoiceCommon"/>.</summary>
internal struct ChoiceFields
{
    public int Index;
    public CompletionFinishReason? FinishReason;
    public string? NativeFinishReason;
    public OpenRouterError? Error;
}
