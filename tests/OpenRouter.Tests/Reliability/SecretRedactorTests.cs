using System.Text;
using System.Text.Json;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Reliability;

/// <summary>The redaction rule itself: the whole key, any 12 of its characters in a row, and a key cut by the end of what was received.</summary>
public sealed class SecretRedactorTests
{
    private const string Marker = "[REDACTED]";
    private static readonly string Key = SentinelScan.NewKey();
    private static readonly SecretRedactor Redactor = new(Key);

    [Fact]
    public void An_excerpt_of_a_payload_cut_anywhere_with_the_key_anywhere_holds_no_12_key_characters()
    {
        var checkedCount = 0;
        for (var offset = 0; offset <= 300; offset += 3)
        {
            var payload = Encoding.UTF8.GetBytes(new string('a', offset) + Key + "\r\n" + new string('z', 400));
            for (var length = Math.Max(0, offset - 2); length <= Math.Min(payload.Length, offset + Key.Length + 2); length++)
            {
                foreach (var capped in new[] { true, false })
                {
                    var excerpt = Redactor.Excerpt(payload.AsSpan(0, length), capped);
                    SentinelScan.AssertNoPiece($"an excerpt of {length} bytes (key at {offset}, capped: {capped})", excerpt, Key);
                    Assert.True(excerpt.Length <= 256, excerpt);
                    if (length >= offset + 4 && length < offset + Key.Length)
                    {
                        // The bytes end inside the key (our cap or the server's end): its start is gone too, not only runs of 12.
                        Assert.DoesNotContain(Key[..4], excerpt, StringComparison.Ordinal);
                    }

                    if (offset + Key.Length <= length && offset + Marker.Length <= 253)
                    {
                        Assert.Contains(Marker, excerpt, StringComparison.Ordinal);
                    }

                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount > 10_000, $"only {checkedCount} excerpts checked");
    }

    [Fact]
    public void Redact_removes_the_key_and_every_run_of_12_of_its_characters_and_leaves_the_rest()
    {
        const string Clean = "Nothing secret here: sk-or-v1- is the public prefix.";
        Assert.Same(Clean, Redactor.Redact(Clean));

        Assert.Equal($"a {Marker} b", Redactor.Redact($"a {Key} b"));
        Assert.Equal($"a {Marker} b", Redactor.Redact($"a {Key[20..32]} b"));
        Assert.Equal($"a {Key[20..31]} b", Redactor.Redact($"a {Key[20..31]} b"));
        Assert.Equal(Marker + Marker, Redactor.Redact(Key + Key));

        // Two pieces of the key next to each other: markers, nothing left over (one or two: a random key may make them overlap).
        Assert.Matches(@"^<(\[REDACTED\]){1,2}>$", Redactor.Redact($"<{Key[..30]}{Key[10..]}>"));

        // Runs that overlap (a key that repeats "0123456789"): "ABCDEFGHIJ0123456789" is one run, "0123456789KLMNO"
        // another that starts inside it and goes further; their union goes, not just the first and its 5-character tail.
        var repeating = new SecretRedactor("sk-or-v1-ABCDEFGHIJ0123456789abcdefghij0123456789KLMNOPQRST");
        Assert.Equal($"<{Marker}>", repeating.Redact("<ABCDEFGHIJ0123456789KLMNO>"));

        // Where the text was cut, a trailing start of the key of 4 characters or more goes too.
        Assert.Equal($"Bearer {Marker}", Redactor.Redact("Bearer " + Key[..11], cutAtEnd: true));
        Assert.Equal($"Bearer {Marker}", Redactor.Redact("Bearer " + Key[..4], cutAtEnd: true));
        Assert.Equal("Bearer " + Key[..3], Redactor.Redact("Bearer " + Key[..3], cutAtEnd: true));
        Assert.Equal("Bearer " + Key[..11], Redactor.Redact("Bearer " + Key[..11]));

        Assert.Same(Clean, new SecretRedactor(null).Redact(Clean));
    }

    [Fact]
    public void RedactError_takes_the_key_out_of_every_string_and_property_name_and_keeps_a_clean_error()
    {
        var json = $$$"""
            {"code":401,"message":"bad key {{{Key}}}","error_type":"authentication",
             "metadata":{"raw":"{\"error\":{\"message\":\"Bearer {{{Key}}}\"}}","echo":{"{{{Key}}}":["x {{{Key[5..40]}}}"]},"n":1.5},
             "availability":{"code":"no_endpoints","docs_url":"https://x/{{{Key}}}","requested_models":["{{{Key}}}"]}}
            """;
        var error = JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.OpenRouterError)!;

        var redacted = Redactor.RedactError(error)!;

        var text = JsonSerializer.Serialize(redacted, OpenRouterJsonContext.Default.OpenRouterError);
        SentinelScan.AssertNoPiece("the redacted error", text, Key);
        Assert.Equal($"bad key {Marker}", redacted.Message);
        Assert.Equal("{\"error\":{\"message\":\"Bearer [REDACTED]\"}}", redacted.Metadata!["raw"].GetString());
        Assert.Equal(1.5, redacted.Metadata["n"].GetDouble());
        Assert.Equal("no_endpoints", redacted.Availability!.Code);
        Assert.Equal(401, redacted.Code!.Value.GetInt32());

        var clean = JsonSerializer.Deserialize("""{"code":429,"message":"slow down","metadata":{"provider_name":"X"}}""", OpenRouterJsonContext.Default.OpenRouterError);
        Assert.Same(clean, Redactor.RedactError(clean));
    }

    [Fact]
    public void RedactInner_stands_in_for_a_chain_that_holds_the_key_with_the_same_kinds_of_exception()
    {
        var tainted = new HttpRequestException("Received an invalid header line: 'Authorization: Bearer " + Key + "'.", new JsonException($"Path: $.{Key[3..30]}"));

        var standIn = Redactor.RedactInner(tainted)!;

        SentinelScan.AssertNoPiece("the stand-in", standIn.ToString(), Key);
        Assert.IsType<HttpRequestException>(standIn);
        Assert.IsType<JsonException>(standIn.InnerException);
        Assert.Contains("Received an invalid header line", standIn.Message, StringComparison.Ordinal);

        var clean = new IOException("The response ended prematurely.");
        Assert.Same(clean, Redactor.RedactInner(clean));
    }
}
