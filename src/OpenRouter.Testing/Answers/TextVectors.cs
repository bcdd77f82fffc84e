using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>
/// Deterministic embeddings by feature hashing: the words and character trigrams of the lower-cased text, each added
/// with a hashed sign to a few hashed dimensions, then L2-normalised, so texts that share words are close (cosine).
/// </summary>
internal static class TextVectors
{
    private const int BucketsPerFeature = 4;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from",
        "had", "has", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our",
        "should", "so", "than", "that", "the", "their", "then", "there", "these", "they", "this", "those", "to", "was", "we",
        "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
    };

    /// <summary>The lower-cased words of <paramref name="text"/>: runs of letters and digits.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    /// <summary>Whether <paramref name="word"/> carries meaning (not a short function word such as <c>the</c>).</summary>
    public static bool IsContentWord(string word) => word.Length > 1 && !StopWords.Contains(word);

    /// <summary>A rough stem, so that <c>cats</c> and <c>cat</c>, <c>jumped</c> and <c>jump</c> share a feature.</summary>
    public static string Stem(string word) => word switch
    {
        { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };

    /// <summary>The weighted features of a text: stemmed words (function words weigh less) and the trigrams of each word.</summary>
    public static IEnumerable<(string Feature, float Weight)> TextFeatures(string text)
    {
        foreach (var word in Words(text))
        {
            yield return ("w:" + Stem(word), IsContentWord(word) ? 1f : 0.25f);
            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                yield return ("t:" + padded.Substring(i, 3), 0.3f);
            }
        }
    }

    /// <summary>A unit vector of <paramref name="dimensions"/> floats from <paramref name="features"/>; <paramref name="fallback"/> stands in when there are none.</summary>
    public static float[] Vector(IEnumerable<(string Feature, float Weight)> features, int dimensions, string fallback)
    {
        var vector = new double[dimensions];
        var any = false;
        foreach (var (feature, weight) in features)
        {
            Add(vector, feature, weight);
            any = true;
        }

        if (!any)
        {
            Add(vector, "empty:" + fallback, 1f);
        }

        var norm = Math.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => (float)(v / norm)).ToArray();
    }

    /// <summary>The cosine similarity of two vectors of the same length.</summary>
    public static double Cosine(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>A stable 64-bit hash (FNV-1a over UTF-8), the same on every machine and run.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>A well-mixed 64-bit value from <paramref name="seed"/> (SplitMix64).</summary>
    public static ulong Mix(ulong seed)
    {
        var z = seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static void Add(double[] vector, string feature, float weight)
    {
        var hash = Hash(feature);
        for (var k = 0; k < BucketsPerFeature; k++)
        {
            hash = Mix(hash);
            var index = (int)(hash % (ulong)vector.Length);
            vector[index] += (hash >> 63) == 0 ? weight : -weight;
        }
    }
}
