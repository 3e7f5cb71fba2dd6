using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Hands the collectors of a search a scorer that computes each document's score at most once. A
/// <see cref="TopFieldCollector"/> sorting by relevance that also keeps the scores asks for a competitive document's
/// score twice: its relevance comparer (through Lucene's own caching wrapper) and then the collector itself (through
/// the bare scorer), so every document entering the window was scored twice, all of them while the window fills.
/// Given a <see cref="ScoreCachingWrappingScorer"/>, the comparer uses it as it is: one computation, the same float.
/// </summary>
public sealed class ScoreOnceCollector : ICollector
{
    private readonly ICollector _inner;

    private ScoreOnceCollector(ICollector inner) => _inner = inner;

    public static ICollector Wrap(ICollector inner) => inner is ScoreOnceCollector ? inner : new ScoreOnceCollector(inner);

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) =>
        _inner.SetScorer(scorer is ScoreCachingWrappingScorer ? scorer : new ScoreCachingWrappingScorer(scorer));

    public void SetNextReader(AtomicReaderContext context) => _inner.SetNextReader(context);

    public void Collect(int doc) => _inner.Collect(doc);
}
