namespace Search.Host.Hosting;

/// <summary>Building: a first index is being written (searches get 503). Rebuilding: a new index is written beside the served one.</summary>
public enum IndexState { Starting, Building, Rebuilding, Ready, Failed }

/// <summary>What /health reports about the index: its state, since when, and the progress of a start-up build or rebuild.</summary>
public sealed class IndexStatus(TimeProvider time)
{
    private readonly System.Threading.Lock _gate = new();
    public IndexState State { get; private set; } = IndexState.Starting;

    /// <summary>When the index entered <see cref="State"/> (the host's start for <see cref="IndexState.Starting"/>).</summary>
    public DateTimeOffset Since { get; private set; } = time.GetUtcNow();

    public int Done { get; private set; }
    public int Total { get; private set; }
    public int Errors { get; private set; }
    public string? Message { get; private set; }

    /// <summary>Raised after every change, on the thread that made it (the start-up build's): <see cref="StartupReport"/> tells the terminal.</summary>
    public event Action<IndexStatus>? Changed;

    private TaskCompletionSource? _nextChange;

    public void Set(IndexState state, string? message = null)
    {
        TaskCompletionSource? changed;
        lock (_gate)
        {
            if (state != State) Since = time.GetUtcNow();
            State = state;
            Message = message;
            (changed, _nextChange) = (_nextChange, null);
        }
        changed?.TrySetResult();
        Changed?.Invoke(this);
    }

    /// <summary>True while a start-up build or a rebuild writes an index (no other writer may start).</summary>
    public bool IsBuilding => State is IndexState.Starting or IndexState.Building or IndexState.Rebuilding;

    /// <summary>Completes once no build or rebuild is going on (the index is ready, or its build failed).</summary>
    public async Task WhenNotBuildingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (!IsBuilding) return;
                changed = (_nextChange ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Progress(int done, int total, int errors)
    {
        lock (_gate)
        {
            Done = done;
            Total = total;
            Errors = errors;
        }
        Changed?.Invoke(this);
    }
}
