namespace Search.Core.Querying;

/// <summary>
/// Where a search's time goes, by stage (the query's plan, the first phase, the eager retry, the loose rules, the partial
/// matches, the rescoring, the page's groups, the hits…): a bench gives a <see cref="SearchService"/> one of these, with a
/// clock (the searching thread's CPU), and reads <see cref="Milliseconds"/> after each search. Off (null) in the host.
/// Not thread-safe: one searching thread.
/// </summary>
/// <param name="clock">A reading of the clock; only differences of readings mean anything.</param>
public sealed class SearchStages(Func<TimeSpan> clock)
{
    private TimeSpan _last;

    /// <summary>The time of each stage a search went through since <see cref="Clear"/>, in the order first met.</summary>
    public Dictionary<string, double> Milliseconds { get; } = [];

    public void Clear() => Milliseconds.Clear();

    internal void Start() => _last = clock();

    /// <summary>The time since the last mark (or the start) counted to <paramref name="stage"/>.</summary>
    internal void Mark(string stage)
    {
        var now = clock();
        Milliseconds[stage] = Milliseconds.GetValueOrDefault(stage) + (now - _last).TotalMilliseconds;
        _last = now;
    }
}
