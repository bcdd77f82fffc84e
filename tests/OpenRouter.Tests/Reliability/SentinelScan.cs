using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// R14: collects every text a test could leak a key through (exception <c>ToString()</c>, the <c>ToString()</c> of
/// options, clients and requests, and the tags, events and status of every <see cref="Activity"/> of every source
/// while the scan is open) and fails if the sentinel key is in any of them.
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

    /// <summary>Fails when the sentinel appears anywhere that was collected.</summary>
    public void AssertClean()
    {
        foreach (var (what, text) in _texts)
        {
            Assert.False(text.Contains(Sentinel, StringComparison.Ordinal), $"The sentinel key leaked through {what}: {text}");
        }

        foreach (var activity in _activities.ToArray())
        {
            var all = activity.OperationName + "\n" + ActivityText(activity);
            Assert.False(all.Contains(Sentinel, StringComparison.Ordinal), $"The sentinel key leaked through activity {activity.OperationName}: {all}");
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
