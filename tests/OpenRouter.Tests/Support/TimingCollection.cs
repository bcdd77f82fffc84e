namespace OpenRouter.Tests.Support;

/// <summary>Tests that assert a wall-clock bound (cancellation within N ms) run alone, so parallel tests cannot starve them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing-sensitive";
}
