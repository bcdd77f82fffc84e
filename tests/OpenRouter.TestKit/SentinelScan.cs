using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace OpenRouter.TestKit;

/// <summary>
/// R14: collects every text a test could leak a key through (exception <c>ToString()</c>, the <c>ToString()</c> of
/// options, clients and requests, and the tags, events and status of every <see cref="Activity"/> of every source
/// while the scan is open) and fails if the sentinel key is in any of them, whole or cut: any 12 consecutive
/// characters of its secret part count as a leak, and so does its start with one secret character.
/// </summary>
public sealed class SentinelScan : IDisposable
{
    private readonly ConcurrentQueue<(string What, string Text)> _texts = new();
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ActivityListener _listener;

    public SentinelScan(string sentinel)
    {
        Sentinel = sentinel;
        _listener = new ActivityListener
        {
            ShouldListenTo = static _ => true,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public string Sentinel { get; }

    /// <summary>How many consecutive characters of a key's secret part count as a leak.</summary>
    public const int LeakWindow = 12;

    private const string PublicPrefix = "sk-or-v1-";

    /// <summary>A fresh key shaped like OpenRouter's: <c>sk-or-v1-</c> and 64 hex digits.</summary>
    public static string NewKey() => PublicPrefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");

    /// <summary>The secret part of a key: what follows OpenRouter's public <c>sk-or-v1-</c> prefix.</summary>
    public static string SecretPart(string key) => key.StartsWith(PublicPrefix, StringComparison.Ordinal) ? key[PublicPrefix.Length..] : key;

    /// <summary>The first window of <see cref="LeakWindow"/> characters of <paramref name="key"/>'s secret part that <paramref name="text"/> contains, or null.</summary>
    public static string? LeakedPiece(string? text, string key)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var secret = SecretPart(key);
        var window = Math.Min(LeakWindow, secret.Length);
        for (var i = 0; i + window <= secret.Length; i++)
        {
            var piece = secret.Substring(i, window);
            if (text.Contains(piece, StringComparison.Ordinal))
            {
                return piece;
            }
        }

        return null;
    }

    /// <summary>
    /// Fails naming <paramref name="what"/> when <paramref name="text"/> holds 12 consecutive characters of the key's
    /// secret part, or the key's start with even one secret character (what a key cut at a length limit leaves).
    /// </summary>
    public static void AssertNoPiece(string what, string? text, string key)
    {
        var piece = LeakedPiece(text, key);
        Assert.True(piece is null, $"{LeakWindow} characters of the key ('{piece}') leaked through {what}: {text}");
        if (key.Length > PublicPrefix.Length && key.StartsWith(PublicPrefix, StringComparison.Ordinal))
        {
            var start = key[..(PublicPrefix.Length + 1)];
            Assert.False(text?.Contains(start, StringComparison.Ordinal) ?? false, $"The start of the key ('{start}') leaked through {what}: {text}");
        }
    }

    /// <summary>How many texts and activities were scanned, so a test can show the scan saw something.</summary>
    public int Scanned => _texts.Count + _activities.Count;

    public void Add(string what, object? value)
    {
        if (value is Exception exception)
        {
            _texts.Enqueue((what, exception.ToString()));
            return;
        }

        _texts.Enqueue((what, value?.ToString() ?? string.Empty));
    }

    /// <summary>Runs <paramref name="action"/>, expects <typeparamref name="T"/> (or a subtype), and scans the exception.</summary>
    public async Task<T> ThrowsAsync<T>(Func<Task> action)
        where T : Exception
    {
        var exception = await Assert.ThrowsAnyAsync<T>(action);
        Add(typeof(T).Name, exception);
        return exception;
    }

    /// <summary>Enumerates <paramref name="stream"/> into <paramref name="into"/> and returns the failure (scanned), or null.</summary>
    public async Task<Exception?> DrainAsync<T>(IAsyncEnumerable<T> stream, List<T> into)
    {
        try
        {
            await foreach (var item in stream)
            {
                into.Add(item);
            }

            return null;
        }
        catch (Exception exception)
        {
            Add("stream failure", exception);
            return exception;
        }
    }

    /// <summary>Fails when the sentinel, or 12 consecutive characters of its secret part, appears anywhere that was collected.</summary>
    public void AssertClean()
    {
        foreach (var (what, text) in _texts)
        {
            AssertNoPiece(what, text, Sentinel);
        }

        foreach (var activity in _activities.ToArray())
        {
            AssertNoPiece($"activity {activity.OperationName}", activity.OperationName + "\n" + ActivityText(activity), Sentinel);
        }
    }

    /// <summary>Every text an <see cref="Activity"/> exports: display name, status, tags, events with their tags, baggage.</summary>
    public static string ActivityText(Activity activity)
    {
        var all = new StringBuilder().Append(activity.DisplayName).Append('\n').Append(activity.StatusDescription);
        foreach (var tag in activity.TagObjects)
        {
            all.Append('\n').Append(tag.Key).Append('=').Append(tag.Value);
        }

        foreach (var activityEvent in activity.Events)
        {
            all.Append('\n').Append(activityEvent.Name);
            foreach (var tag in activityEvent.Tags)
            {
                all.Append('\n').Append(tag.Key).Append('=').Append(tag.Value);
            }
        }

        foreach (var baggage in activity.Baggage)
        {
            all.Append('\n').Append(baggage.Key).Append('=').Append(baggage.Value);
        }

        return all.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
