using System;

namespace OpenRouter.Serialization;

/// <summary>Base64 of bytes; on .NET straight from the span, without a copy of the (possibly large) audio or image first.</summary>
internal static class Base64Text
{
    public static string Encode(ReadOnlySpan<byte> bytes) =>
#if NET
        Convert.ToBase64String(bytes);
#else
        Convert.ToBase64String(bytes.ToArray());
#endif
}
