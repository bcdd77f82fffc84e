using System;

namespace OpenRouter.Transport;

/// <summary>Reads one chunk (or one whole answer) from its UTF-8 JSON.</summary>
/// <typeparam name="T">What the JSON holds.</typeparam>
/// <param name="json">The JSON.</param>
/// <returns>The value read.</returns>
internal delegate T ChunkParser<T>(ReadOnlySpan<byte> json);
