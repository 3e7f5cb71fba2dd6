namespace Search.Pipeline.Ingest;

/// <summary>
/// Progress reported on the calling thread, in order (<see cref="Progress{T}"/> would post each
/// report to the thread pool, out of order and possibly after the work is done).
/// </summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
