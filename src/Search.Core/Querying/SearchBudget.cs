namespace Search.Core.Querying;

/// <summary>
/// The time budget of one search (<see cref="SearchLimits.TimeBudget"/>, on <see cref="SearchLimits.Clock"/>): its
/// <see cref="Token"/> is cancelled by the client or when the budget runs out. A phase run through <see cref="Run"/>
/// that the budget stops keeps what it collected; later phases check <see cref="Left"/> and are skipped.
/// A client that goes away still cancels the whole search.
/// </summary>
internal sealed class SearchBudget : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource? _linked;
    private readonly CancellationToken _client;

    public SearchBudget(SearchLimits limits, CancellationToken client)
    {
        _client = client;
        if (limits.TimeBudget is not { } budget)
        {
            Token = client;
            return;
        }
        _timer = new CancellationTokenSource(budget, limits.Clock);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(client, _timer.Token);
        Token = _linked.Token;
    }

    public CancellationToken Token { get; }

    /// <summary>True while the budget is not spent.</summary>
    public bool Left
    {
        get
        {
            if (_timer?.IsCancellationRequested != true) return true;
            CutShort = true;
            return false;
        }
    }

    /// <summary>True once a phase was stopped or skipped for lack of time: the answer is partial.</summary>
    public bool CutShort { get; private set; }

    /// <summary>Runs a phase; when the budget (not the client) stops it, what it collected until then stays.</summary>
    public void Run(Action phase)
    {
        if (!Left) return;
        try
        {
            phase();
        }
        catch (OperationCanceledException) when (!_client.IsCancellationRequested && _timer?.IsCancellationRequested == true)
        {
            CutShort = true;
        }
    }

    public void Dispose()
    {
        _linked?.Dispose();
        _timer?.Dispose();
    }
}
