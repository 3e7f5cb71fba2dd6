using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Indexing;

/// <summary>Collects the top-level doc ids of every match, unscored.</summary>
public sealed class AllDocsCollector : ICollector
{
    private int _docBase;
    public List<int> DocIds { get; } = [];
    public bool AcceptsDocsOutOfOrder => true;
    public void SetScorer(Scorer scorer) { }
    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
    public void Collect(int doc) => DocIds.Add(_docBase + doc);
}
