using System;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>One part of a <c>multipart/form-data</c> request body, as it arrived.</summary>
public sealed class RecordedFormPart
{
    internal RecordedFormPart(string name, string? fileName, string? contentType, byte[] data)
    {
        Name = name;
        FileName = fileName;
        ContentType = contentType;
        Data = data;
    }

    /// <summary>Gets the field name of the part (<c>Content-Disposition: form-data; name="..."</c>), e.g. <c>file</c> or <c>model</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the file name the part declared, or <see langword="null"/> for a plain field.</summary>
    public string? FileName { get; }

    /// <summary>Gets the part's <c>Content-Type</c>, or <see langword="null"/> when it declared none.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the part's content, byte for byte.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Gets the part's content decoded as UTF-8 (the value of a plain field).</summary>
    public string Text => Encoding.UTF8.GetString(Data.Span);

    /// <summary>Returns the name, and the file name and size for a file part.</summary>
    /// <returns>A short description of the part.</returns>
    public override string ToString() =>
        FileName is null ? $"{Name}={Text}" : $"{Name}: {FileName} ({Data.Length} bytes, {ContentType ?? "no content type"})";
}
