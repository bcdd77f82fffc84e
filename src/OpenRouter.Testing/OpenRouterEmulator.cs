namespace OpenRouter.Testing;

/// <summary>STUB: the offline OpenRouter emulator.</summary>
public sealed class OpenRouterEmulator
{
}
