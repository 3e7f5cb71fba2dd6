using System.Collections.Concurrent;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>
/// A clock that never makes anyone wait: a timer fires at once and moves the clock forward by its due time. Every wait
/// asked of it is recorded, in order, so that a test asserts the waits a crawl asked for, not the time it took.
/// </summary>
public sealed class InstantClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    /// <summary>Moves the clock forward without anyone waiting (a day passes between two crawls).</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return new Fired();
        Waits.Enqueue(dueTime);
        Interlocked.Add(ref _ticks, dueTime.Ticks);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
