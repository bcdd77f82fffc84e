using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace OpenRouter.Testing;

/// <summary>Reads a <c>multipart/form-data</c> body into its parts.</summary>
internal static class FormReader
{
    /// <summary>The parts of <paramref name="body"/>, or <see langword="null"/> when the content type is not a form with a boundary or the body is not a well-formed form.</summary>
    public static async Task<IReadOnlyList<RecordedFormPart>?> ReadAsync(byte[] body, string? contentType)
    {
        if (Boundary(contentType) is not { } boundary)
        {
            return null;
        }

        var parts = new List<RecordedFormPart>();
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false)) { BodyLengthLimit = null };
            while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.Name.HasValue)
                {
                    using var content = new MemoryStream();
                    await section.Body.CopyToAsync(content).ConfigureAwait(false);
                    var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                    parts.Add(new RecordedFormPart(
                        HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty,
                        fileName is null ? null : HeaderUtilities.RemoveQuotes(fileName).Value,
                        section.ContentType,
                        content.ToArray()));
                }
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return parts;
    }

    private static string? Boundary(string? contentType)
    {
        if (contentType is null
            || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        return string.IsNullOrEmpty(boundary) ? null : boundary;
    }
}
