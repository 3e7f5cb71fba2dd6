using Microsoft.Extensions.Time.Testing;
using Search.Host.Hosting;

namespace SearchHost.Tests.Hosting;

public sealed class IndexStatusTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Since_is_when_the_index_entered_its_state_on_the_hosts_clock()
    {
        var time = new FakeTimeProvider(Start);
        var status = new IndexStatus(time);
        Assert.Equal(IndexState.Starting, status.State);
        Assert.Equal(Start, status.Since);

        time.Advance(TimeSpan.FromSeconds(2));
        status.Set(IndexState.Rebuilding, "Rebuilding the index");
        time.Advance(TimeSpan.FromMinutes(3));
        status.Progress(40, 100, 1);
        status.Set(IndexState.Rebuilding, "Still rebuilding the index");
        Assert.Equal(Start.AddSeconds(2), status.Since); // same state: progress and messages keep its start

        time.Advance(TimeSpan.FromMinutes(4));
        status.Set(IndexState.Ready);
        Assert.Equal(Start.AddSeconds(2).AddMinutes(7), status.Since);
        Assert.Equal((40, 100, 1), (status.Done, status.Total, status.Errors));
    }

    [Theory]
    [InlineData(IndexState.Ready)]
    [InlineData(IndexState.Failed)]
    public async Task A_writer_waiting_for_the_build_goes_on_only_when_no_build_or_rebuild_is_left(IndexState end)
    {
        var status = new IndexStatus(new FakeTimeProvider(Start));
        var waiting = status.WhenNotBuildingAsync(CancellationToken.None);
        status.Set(IndexState.Building);
        status.Progress(5, 10, 0);
        status.Set(IndexState.Rebuilding);
        Assert.False(waiting.IsCompleted); // changes of a build are not its end
        status.Set(end);
        await waiting.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(status.WhenNotBuildingAsync(CancellationToken.None).IsCompletedSuccessfully); // nothing to wait for now

        status.Set(IndexState.Rebuilding);
        using var stop = new CancellationTokenSource();
        var again = status.WhenNotBuildingAsync(stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => again);
    }
}
