namespace OpenRouter;

/// <summary>The hint part of <see cref="OpenRouterException"/>: a likely cause and fix inferred from the request.</summary>
public partial class OpenRouterException
{
    private string? _hint;

    /// <summary>
    /// A likely cause and fix this library inferred from the request that failed (never from the error text), or null;
    /// <see cref="Message"/> ends with it. For example, a 404 to a chat request that asked for a strict JSON schema.
    /// </summary>
    public string? Hint => _hint;

    /// <inheritdoc />
    public override string Message => _hint is null ? base.Message : base.Message + " " + _hint;

    /// <summary>Adds <paramref name="hint"/> to <see cref="Hint"/> (and so to <see cref="Message"/>).</summary>
    internal void AddHint(string hint) => _hint = _hint is null ? hint : _hint + " " + hint;
}
