using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>Settings shared by every writer and searcher of the index.</summary>
public static class IndexSettings
{
    /// <summary>BM25, set explicitly (Lucene 4.8 still defaults to TF-IDF), with production's k1 and b
    /// (<see cref="Querying.RankingParameters"/>; the norms written do not depend on them).</summary>
    public static Similarity Similarity { get; } = Querying.RankingParameters.Default.CreateSimilarity();

    /// <summary>
    /// The writer's settings. A large RAM buffer makes fewer, larger flushed segments, so fewer merges rewrite the same
    /// postings again and again; no compound files (each flushed or merged segment would otherwise be written a
    /// second time into its .cfs). The merge policy keeps the index in few segments (see <see cref="MergePolicy"/>).
    /// </summary>
    public static IndexWriterConfig WriterConfig() => new(FrenchAnalyzers.Version, FrenchAnalyzers.ForSchema)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        Similarity = Similarity,
        RAMBufferSizeMB = 256,
        UseCompoundFile = false,
        MergePolicy = MergePolicy(),
        Codec = Codec,
    };

    /// <summary>Bytes of documents compressed together in one stored-fields chunk (Lucene 4.6's codec: 16 KB).</summary>
    public const int StoredFieldsChunkBytes = 4 * 1024;

    /// <summary>
    /// The codec every writer writes with: Lucene 4.6's, its stored fields in chunks of <see cref="StoredFieldsChunkBytes"/>
    /// instead of 16 KB. A hit's stored fields are decompressed from the start of its chunk up to its own end, and a
    /// document keeps its whole page text there, so 16 KB chunks held two or three generated documents and each hit
    /// decompressed about twice its own bytes. A chunk is written once it holds at least this many bytes, so a document
    /// of 4 KB or more (most of them) is alone in its chunk; one of 8 KB or more is compressed in slices of this size.
    /// The segments it writes are Lucene 4.6's format (same codec name, same stored-fields format name, the chunk size
    /// recorded in the file), read by Lucene's own codec: an index written before is still read, only slower.
    /// Every process that loads this library reads that codec's segments with this one (<see cref="ReadingCodecs"/>), so
    /// that stored fields are decoded by <see cref="StoredFieldsLz4"/>; the bytes written are Lucene's.
    /// </summary>
    public static Codec Codec { get; } = new SmallStoredChunks();

    [CodecName("Lucene46")]
    private sealed class SmallStoredChunks() : FilterCodec(new Lucene46Codec())
    {
        private readonly StoredFieldsFormat _stored = new CompressingStoredFieldsFormat("Lucene41StoredFields", StoredFieldsLz4.Mode, StoredFieldsChunkBytes);

        public override StoredFieldsFormat StoredFieldsFormat => _stored;
    }

    /// <summary>
    /// Lucene.Net's codec lookup (by the name a segment records), with <see cref="Codec"/> for Lucene 4.6's name: a
    /// segment of that codec is read with its stored fields decoded by <see cref="StoredFieldsLz4"/>. The chunk size is
    /// read from each file, so segments of Lucene's own 16 KB chunks are read too. Merges still copy whole chunks, as
    /// the segments read and the one written then share one compression mode.
    /// </summary>
    public sealed class ReadingCodecs : DefaultCodecFactory
    {
        public override Lucene.Net.Codecs.Codec GetCodec(string name) => name == IndexSettings.Codec.Name ? IndexSettings.Codec : base.GetCodec(name);

        /// <summary>Installed when this library is loaded, before any index is opened through it. The default codec of a
        /// writer configured without <see cref="Codec"/> stays Lucene's own.</summary>
#pragma warning disable CA2255 // a library's module initializer: every process reading our indexes must read them the same way
        [System.Runtime.CompilerServices.ModuleInitializer]
        internal static void Install()
#pragma warning restore CA2255
        {
            var writersDefault = Lucene.Net.Codecs.Codec.Default;
            Lucene.Net.Codecs.Codec.SetCodecFactory(new ReadingCodecs());
            Lucene.Net.Codecs.Codec.Default = writersDefault;
        }
    }

    /// <summary>
    /// Fewer, larger tiers than Lucene's defaults (2 MB floor, 10 segments per tier, 10 segments per merge; Lucene 4.8's
    /// policy merges nothing before it sees as many segments as one merge takes, so an index stayed at up to 19 segments).
    /// Every query pays a fixed cost per segment (a terms and a postings enumerator per term and field, in each phase):
    /// segments under 64 MB count as 64 MB and are merged together three at a time, so 74 MB (10,000 documents) stays
    /// in at most 2 segments instead of 8, and 727 MB (100,000 documents) in at most 5 instead of 17. The flushed segments
    /// of an ingest are merged while it runs, at the price of rewriting each document a few more times.
    /// <see cref="MaxSegments"/> is the bound it keeps. A run that rewrote a large share of the index ends with it merged
    /// into one segment (<c>IndexingSession.Complete</c>).
    /// </summary>
    public static TieredMergePolicy MergePolicy() => new()
    {
        NoCFSRatio = 0.0,
        FloorSegmentMB = 64,
        SegmentsPerTier = 3,
        MaxMergeAtOnce = 3,
    };

    /// <summary>
    /// The most segments <see cref="MergePolicy"/> leaves in an index of <paramref name="bytes"/> once its merges are done
    /// (TieredMergePolicy's own budget): it merges while there are at least as many segments as its budget and as one
    /// merge takes. The budget is <c>SegmentsPerTier</c> per full tier (each <c>MaxMergeAtOnce</c> times the size of the
    /// one below, from <c>FloorSegmentMB</c>) and the rest of the last tier rounded up.
    /// </summary>
    public static int MaxSegments(long bytes)
    {
        var policy = MergePolicy();
        var left = (double)bytes;
        var level = policy.FloorSegmentMB * 1024 * 1024;
        var budget = 0;
        while (left / level >= policy.SegmentsPerTier)
        {
            budget += (int)policy.SegmentsPerTier;
            left -= policy.SegmentsPerTier * level;
            level *= policy.MaxMergeAtOnce;
        }
        budget += (int)Math.Ceiling(left / level);
        return Math.Max(budget, policy.MaxMergeAtOnce) - 1;
    }
}
