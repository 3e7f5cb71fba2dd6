using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Passes every match to another collector and stops the search with an
/// <see cref="OperationCanceledException"/> once its token is cancelled: checked at each segment and
/// every 4,096 matches, so a cancelled search stops within microseconds of work.
/// </summary>
public sealed class CancellableCollector : ICollector
{
    private readonly ICollector _inner;
    private readonly CancellationToken _token;
    private int _sinceCheck;

    private CancellableCollector(ICollector inner, CancellationToken token)
    {
        _inner = inner;
        _token = token;
    }

    public static ICollector Wrap(ICollector inner, CancellationToken token) =>
        token.CanBeCanceled ? new CancellableCollector(inner, token) : inner;

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _token.ThrowIfCancellationRequested();
        _inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck >= 4096)
        {
            _sinceCheck = 0;
            _token.ThrowIfCancellationRequested();
        }
        _inner.Collect(doc);
    }
}
